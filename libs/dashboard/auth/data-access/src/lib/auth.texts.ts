/// <reference types="@angular/localize" />

/** Texts of the session handling, kept together for translation. */
export const AUTH_TEXTS = {
  unexpectedAnswer: $localize`:@@auth.unexpectedAnswer:The server answered unexpectedly. Please try again.`,
};
