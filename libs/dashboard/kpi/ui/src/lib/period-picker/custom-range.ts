import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addDays, exceedsMaxPeriod, isIsoDate, MAX_PERIOD_YEARS, type Period } from '@salesdash/shared/domain';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';

export interface CustomRangeErrors {
  readonly from?: string;
  readonly to?: string;
}

export type CustomRangeResult =
  | { readonly valid: true; readonly period: Period }
  | { readonly valid: false; readonly errors: CustomRangeErrors };

const TEXTS = KPI_UI_TEXTS.periodPicker.errors;

/**
 * Checks a custom period as people enter it, both days included, and turns it into the period
 * [from, to) of the API: the start on or before the end (so from < to), at most five years long.
 */
export function validateCustomRange(from: string, lastDay: string): CustomRangeResult {
  const errors: { from?: string; to?: string } = {};
  if (!isIsoDate(from)) {
    errors.from = TEXTS.missingFrom;
  }
  if (!isIsoDate(lastDay)) {
    errors.to = TEXTS.missingTo;
  }
  if (errors.from || errors.to) {
    return { valid: false, errors };
  }
  const period: Period = { from, to: addDays(lastDay, 1) };
  if (period.to <= period.from) {
    return { valid: false, errors: { to: TEXTS.order } };
  }
  if (exceedsMaxPeriod(period)) {
    return { valid: false, errors: { to: interpolate(TEXTS.tooLong, { years: MAX_PERIOD_YEARS }) } };
  }
  return { valid: true, period };
}
