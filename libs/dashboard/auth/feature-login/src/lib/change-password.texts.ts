/** Texts of the change-password page, kept together for translation. */
export const CHANGE_PASSWORD_TEXTS = {
  title: 'Change password',
  intro:
    'Choose a password of at least 12 characters. A passphrase of a few words is easy to remember and hard to guess.',
  required: 'An administrator set your password. Choose your own before you continue: nothing else opens until you do.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Repeat the new password',
  submit: 'Change password',
  submitting: 'Changing…',
  done: 'Your password has been changed; your other sessions have been signed out.',
  continue: 'Continue to your page',
  errors: {
    currentMissing: 'Enter your current password.',
    tooShort: 'The new password needs at least 12 characters.',
    mismatch: 'The two new passwords differ.',
  },
} as const;
