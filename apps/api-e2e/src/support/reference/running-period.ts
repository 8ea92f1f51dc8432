import type { KpiCode } from '@salesdash/shared/domain';
import { MICROS_PER_MILLI, type Micros, microsToDays } from './instant';
import type { Period } from './targets';

/** §4.2: where asOf lies relative to P. */
export type PeriodPhase = 'NOT_STARTED' | 'RUNNING' | 'ENDED';
export type Pace = 'TOO_EARLY' | 'ON_TRACK' | 'BEHIND' | 'AT_RISK';

/** §4.2: the KPIs with a straight run-rate forecast (written out from the spec, not imported). */
const FORECAST_KPIS: ReadonlySet<KpiCode> = new Set<KpiCode>(['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES']);

/** ended: asOf >= to; running: from < asOf < to; not started: asOf <= from. */
export function phaseOf(period: Period, asOf: Micros): PeriodPhase {
  if (asOf <= period.from) {
    return 'NOT_STARTED';
  }
  return asOf >= period.to ? 'ENDED' : 'RUNNING';
}

/** elapsed(P) = [from, min(to, asOf)); empty ([from, from)) when asOf <= from. */
export function elapsedPart(period: Period, asOf: Micros): Period {
  const end = asOf < period.to ? asOf : period.to;
  return { from: period.from, to: end > period.from ? end : period.from };
}

/** Exact length in days (seconds / 86400, fractional for a running period). */
export function daysOf(period: Period): number {
  return microsToDays(period.to - period.from);
}

/**
 * §4.2 forecast: the value when ended, value × days(P) / days(elapsed) when running, null when not
 * started; null for every KPI outside the four flows.
 */
export function forecastOf(kpi: KpiCode, value: number | null, period: Period, asOf: Micros): number | null {
  if (!FORECAST_KPIS.has(kpi) || value === null) {
    return null;
  }
  switch (phaseOf(period, asOf)) {
    case 'NOT_STARTED':
      return null;
    case 'ENDED':
      return value;
    case 'RUNNING':
      return (value * daysOf(period)) / daysOf(elapsedPart(period, asOf));
  }
}

/**
 * §4.2 pace, in the spec's order. Only for a targetToDate that is not null (the caller passes
 * WON_VOLUME's value and targetToDate for QUOTA_ATTAINMENT). The 20 % test is done on exact
 * microseconds (5 × elapsed < P), so that exactly 20 % elapsed is never TOO_EARLY by rounding.
 * A null value (a rate or mean with target rows but no data) has no r, so no pace.
 */
export function paceOf(value: number | null, targetToDate: number | null, period: Period, asOf: Micros): Pace | null {
  if (targetToDate === null) {
    return null;
  }
  const elapsed = elapsedPart(period, asOf);
  if (phaseOf(period, asOf) === 'NOT_STARTED' || 5n * (elapsed.to - elapsed.from) < period.to - period.from) {
    return 'TOO_EARLY';
  }
  if (targetToDate === 0 || value === null) {
    return null;
  }
  const r = value / targetToDate;
  if (r >= 1) {
    return 'ON_TRACK';
  }
  return r >= 0.8 ? 'BEHIND' : 'AT_RISK';
}

/**
 * §5.1 months: Σ over the calendar months m that `elapsed` overlaps of overlap_days(elapsed, m) /
 * days(m). A whole month is 1 whatever its length (28, 29, 30 or 31 days).
 */
export function elapsedMonths(elapsed: Period): number {
  let months = 0;
  for (let start = monthStartOf(elapsed.from); start < elapsed.to; ) {
    const end = nextMonthStart(start);
    const from = elapsed.from > start ? elapsed.from : start;
    const to = elapsed.to < end ? elapsed.to : end;
    if (to > from) {
      months += microsToDays(to - from) / microsToDays(end - start);
    }
    start = end;
  }
  return months;
}

function monthStartOf(instant: Micros): Micros {
  const date = new Date(Number(instant / MICROS_PER_MILLI));
  return BigInt(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)) * MICROS_PER_MILLI;
}

function nextMonthStart(monthStart: Micros): Micros {
  const date = new Date(Number(monthStart / MICROS_PER_MILLI));
  return BigInt(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)) * MICROS_PER_MILLI;
}
