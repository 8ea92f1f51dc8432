import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

/** Anything a KpiApi/CorridorApi observable fails with, as an ApiError. */
export function asApiError(error: unknown): ApiError {
  return error && typeof error === 'object' && 'code' in error
    ? (error as ApiError)
    : { code: 'NETWORK', message: String(error) };
}

/** A failed load in the page's words: FORBIDDEN and no network said plainly. */
export function loadErrorText(error: ApiError): string {
  const texts = CORRIDOR_EDITOR_TEXTS.errors;
  return error.code === 'FORBIDDEN' || error.code === 'NETWORK' ? texts[error.code] : texts.other;
}
