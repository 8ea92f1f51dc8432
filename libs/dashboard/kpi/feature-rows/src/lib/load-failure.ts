import { type ApiError, isTryLater } from '@salesdash/dashboard/shared/data-access';
import { KPI_ROWS_TEXTS } from './kpi-rows.texts';

const TEXTS = KPI_ROWS_TEXTS;

/** The failure of a load in the page's words: the API's own words where it refused the request. */
export function failureText(error: ApiError): string {
  if (error.code === 'FORBIDDEN' || error.code === 'BAD_USER_INPUT') {
    return error.message;
  }
  if (error.code === 'NETWORK') {
    return TEXTS.errors.network;
  }
  return isTryLater(error) ? TEXTS.errors.busy : TEXTS.errors.other;
}
