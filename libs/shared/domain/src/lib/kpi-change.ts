import { addDays, daysBetween, type Period, toIsoDate } from './period';
import { previousPeriod, samePeriodLastYear } from './period-comparison';

/** What a period's values are compared with: the period of equal length before, and the same period a year earlier. */
export interface ComparisonPeriods {
  readonly previous: Period;
  readonly lastYear: Period;
}

/**
 * The periods a value is compared with, like for like: while a period runs, only its days up to and
 * including asOf's day have facts, so each comparison period is cut to as many days from its start
 * (the 5th of a running month against the 1st–5th of the month before, not against all of it).
 */
export function comparisonPeriods(period: Period, asOf: Date): ComparisonPeriods {
  const length = daysBetween(period.from, period.to);
  const asOfDay = toIsoDate(asOf);
  const started = asOfDay >= period.from && asOfDay < period.to ? daysBetween(period.from, asOfDay) + 1 : length;
  const cut = (compared: Period): Period =>
    started >= length ? compared : { from: compared.from, to: minDate(compared.to, addDays(compared.from, started)) };
  return { previous: cut(previousPeriod(period)), lastYear: cut(samePeriodLastYear(period)) };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
