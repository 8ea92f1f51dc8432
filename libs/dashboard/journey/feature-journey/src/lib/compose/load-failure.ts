import { type ApiError, isTryLater } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { JOURNEY_TEXTS } from '../journey.texts';

const TEXTS = JOURNEY_TEXTS.errors;

/** A failed load in the page's words: the API's own words where it refused what was asked. */
export function failureText(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return interpolate(TEXTS.forbidden, { message: error.message });
    case 'BAD_USER_INPUT':
      return error.message;
    case 'NETWORK':
      return TEXTS.network;
    case 'TIMEOUT':
      return TEXTS.timeout;
    default:
      return isTryLater(error) ? TEXTS.busy : TEXTS.other;
  }
}
