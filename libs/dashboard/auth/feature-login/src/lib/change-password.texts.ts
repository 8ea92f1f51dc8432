/// <reference types="@angular/localize" />

/** Texts of the change-password page, kept together for translation. */
export const CHANGE_PASSWORD_TEXTS = {
  title: $localize`:@@login.changePassword.title:Change password`,
  intro: $localize`:@@login.changePassword.intro:Choose a password of at least 12 characters. A passphrase of a few words is easy to remember and hard to guess.`,
  required: $localize`:@@login.changePassword.required:An administrator set your password. Choose your own before you continue: nothing else opens until you do.`,
  currentPassword: $localize`:@@login.changePassword.currentPassword:Current password`,
  newPassword: $localize`:@@login.changePassword.newPassword:New password`,
  confirmPassword: $localize`:@@login.changePassword.confirmPassword:Repeat the new password`,
  submit: $localize`:@@login.changePassword.submit:Change password`,
  submitting: $localize`:@@login.changePassword.submitting:Changing…`,
  done: $localize`:@@login.changePassword.done:Your password has been changed; your other sessions have been signed out.`,
  continue: $localize`:@@login.changePassword.continue:Continue to your page`,
  /** The API's refusal beside its field: the field's label completes the server's predicate ("is wrong"). */
  fieldError: $localize`:@@login.changePassword.fieldError:{field} {message}`,
  errors: {
    currentMissing: $localize`:@@login.changePassword.errors.currentMissing:Enter your current password.`,
    tooShort: $localize`:@@login.changePassword.errors.tooShort:The new password needs at least 12 characters.`,
    mismatch: $localize`:@@login.changePassword.errors.mismatch:The two new passwords differ.`,
  },
} as const;
