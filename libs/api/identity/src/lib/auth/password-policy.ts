import { ValidationError } from '@salesdash/api/platform';

/** NIST SP 800-63B: length matters, composition rules do not; a long upper bound allows passphrases. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Throws a ValidationError on `newPassword` when the chosen password is not acceptable. */
export function assertAcceptablePassword(
  newPassword: string,
  context: { readonly email: string; readonly currentPassword: string },
): void {
  const length = [...newPassword].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw ValidationError.of('newPassword', 'PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw ValidationError.of('newPassword', 'PASSWORD_TOO_LONG', { max: MAX_PASSWORD_LENGTH });
  }
  if (newPassword === context.currentPassword) {
    throw ValidationError.of('newPassword', 'PASSWORD_UNCHANGED', {});
  }
  if (newPassword.trim().toLowerCase() === context.email.trim().toLowerCase()) {
    throw ValidationError.of('newPassword', 'PASSWORD_IS_EMAIL', {});
  }
}
