import { type FieldIssue, ValidationError } from '@salesdash/api/platform';

/** NIST SP 800-63B: length matters, composition rules do not; a long upper bound allows passphrases. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Throws a ValidationError on `newPassword` when the chosen password is not acceptable. */
export function assertAcceptablePassword(
  newPassword: string,
  context: { readonly email: string; readonly currentPassword: string },
): void {
  const issue = (message: string): FieldIssue => ({ field: 'newPassword', message });
  const length = [...newPassword].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError([issue(`must have at least ${MIN_PASSWORD_LENGTH} characters`)]);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError([issue(`must have at most ${MAX_PASSWORD_LENGTH} characters`)]);
  }
  if (newPassword === context.currentPassword) {
    throw new ValidationError([issue('must differ from the current password')]);
  }
  if (newPassword.trim().toLowerCase() === context.email.trim().toLowerCase()) {
    throw new ValidationError([issue('must not be your e-mail address')]);
  }
}
