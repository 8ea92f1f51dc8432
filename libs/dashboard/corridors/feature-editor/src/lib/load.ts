import { type ApiError, isTryLater } from '@salesdash/dashboard/shared/data-access';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

/** A failed load in the page's words: FORBIDDEN and no network said plainly. */
export function loadErrorText(error: ApiError): string {
  const texts = CORRIDOR_EDITOR_TEXTS.errors;
  if (error.code === 'FORBIDDEN' || error.code === 'NETWORK' || error.code === 'TIMEOUT') {
    return texts[error.code];
  }
  return isTryLater(error) ? texts.busy : texts.other;
}
