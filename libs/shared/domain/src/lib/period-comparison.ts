import { addDays, addMonths, daysBetween, type IsoDate, type Period } from './period';

/** Whole calendar months from `from` to `to` when both are the first of a month; null otherwise. */
function wholeMonths(period: Period): number | null {
  if (!period.from.endsWith('-01') || !period.to.endsWith('-01')) {
    return null;
  }
  const monthIndex = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  return monthIndex(period.to) - monthIndex(period.from);
}

/**
 * The period of equal length right before `period` (it ends where `period` begins): when both dates are
 * the first of a month, the same number of calendar months earlier (1 Dec – 1 Jan → 1 Nov – 1 Dec, a
 * quarter → the quarter before, whatever the months' lengths); otherwise as many days earlier as the
 * period is long.
 */
export function previousPeriod(period: Period): Period {
  const months = wholeMonths(period);
  if (months !== null) {
    return { from: addMonths(period.from, -months), to: period.from };
  }
  return { from: addDays(period.from, -daysBetween(period.from, period.to)), to: period.from };
}

/**
 * The same period one calendar year earlier. `from` is a first day: 29 February becomes 28 February.
 * `to` is exclusive, so it moves with the last day it closes: 1 March stays 1 March (February with or
 * without its 29th), and a `to` of 29 February (a period through the 28th) becomes 1 March.
 */
export function samePeriodLastYear(period: Period): Period {
  const to = period.to.endsWith('-02-29') ? addDays(addMonths(period.to, -12), 1) : addMonths(period.to, -12);
  return { from: addMonths(period.from, -12), to };
}
