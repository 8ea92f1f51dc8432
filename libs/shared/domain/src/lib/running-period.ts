import type { KpiCode } from './kpi-catalogue';
import { type Period, toEpochDay } from './period';

/**
 * Running periods (docs/kpis.md#running-periods): a period is judged on what could have happened in it by `asOf`.
 * Instants are milliseconds since the epoch (what `Date` holds); days are exact (seconds / 86400).
 */
const DAY_MS = 86_400_000;

export const PERIOD_PHASES = ['NOT_STARTED', 'RUNNING', 'ENDED'] as const;
export type PeriodPhase = (typeof PERIOD_PHASES)[number];

export const PACES = ['TOO_EARLY', 'ON_TRACK', 'BEHIND', 'AT_RISK'] as const;
export type Pace = (typeof PACES)[number];

/** Below this share of the period elapsed, a pace says nothing yet (§4.2). */
export const TOO_EARLY_SHARE = 0.2;
/** From this share of the target to date up to 1, a scope is behind; below it, at risk. */
export const AT_RISK_BELOW = 0.8;

/** The KPIs whose value grows with time, so a straight run rate forecasts the period's end. */
export const FORECAST_KPIS: readonly KpiCode[] = ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES'];

export interface PeriodProgress {
  readonly phase: PeriodPhase;
  /** days(P). */
  readonly days: number;
  /** days(elapsed(P)), fractional while running; 0 when not started. */
  readonly elapsedDays: number;
  /** The end of elapsed(P): min(to, asOf) as an instant (ms); equals the start when not started. */
  readonly elapsedEnd: number;
}

function instantOf(date: string): number {
  return toEpochDay(date) * DAY_MS;
}

/** How much of [from, to) has elapsed at `asOf`. */
export function periodProgress(period: Period, asOf: Date): PeriodProgress {
  const from = instantOf(period.from);
  const to = instantOf(period.to);
  const now = asOf.getTime();
  const days = (to - from) / DAY_MS;
  if (now <= from) {
    return { phase: 'NOT_STARTED', days, elapsedDays: 0, elapsedEnd: from };
  }
  if (now >= to) {
    return { phase: 'ENDED', days, elapsedDays: days, elapsedEnd: to };
  }
  return { phase: 'RUNNING', days, elapsedDays: (now - from) / DAY_MS, elapsedEnd: now };
}

/**
 * Σ over the calendar months that elapsed(P) overlaps of overlap_days / days(month) (§5.1): a whole
 * month counts 1, the elapsed half of a 30-day month 0.5, so a February counts 1 whether it has 28 or
 * 29 days.
 */
export function elapsedMonths(period: Period, asOf: Date): number {
  const { elapsedEnd } = periodProgress(period, asOf);
  const from = instantOf(period.from);
  // Months counted as year * 12 + month index: this runs for every value a request judges.
  const [year, month] = period.from.split('-').map(Number);
  const monthStartOf = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);
  let months = 0;
  for (let index = year * 12 + month - 1; monthStartOf(index) < elapsedEnd; index++) {
    const monthStart = monthStartOf(index);
    const monthEnd = monthStartOf(index + 1);
    const overlap = Math.min(monthEnd, elapsedEnd) - Math.max(monthStart, from);
    if (overlap > 0) {
      months += overlap / (monthEnd - monthStart);
    }
  }
  return months;
}

/** What judging any value of a period at `asOf` reads of the calendar: worked out once per period, not per value. */
export interface PeriodTiming {
  readonly progress: PeriodProgress;
  /** elapsedMonths(period, asOf). */
  readonly elapsedMonths: number;
}

export function periodTiming(period: Period, asOf: Date): PeriodTiming {
  return { progress: periodProgress(period, asOf), elapsedMonths: elapsedMonths(period, asOf) };
}

/** §4.2: the value at the period's end if it keeps its run rate; null for KPIs that do not add up over time. */
export function forecastOf(kpi: KpiCode, value: number | null, progress: PeriodProgress): number | null {
  if (!FORECAST_KPIS.includes(kpi) || value === null || progress.phase === 'NOT_STARTED') {
    return null;
  }
  return progress.phase === 'ENDED' ? value : (value * progress.days) / progress.elapsedDays;
}

/**
 * §4.2, in its order: too early before 20 % of the period has elapsed, none without a target to date,
 * then on track from 100 % of the target to date, behind from 80 %, at risk below. For an ended
 * period the same thresholds give the final verdict.
 */
export function paceOf(value: number | null, targetToDate: number | null, progress: PeriodProgress): Pace | null {
  if (targetToDate === null || value === null) {
    return null;
  }
  if (progress.phase === 'NOT_STARTED' || progress.elapsedDays < TOO_EARLY_SHARE * progress.days) {
    return 'TOO_EARLY';
  }
  if (targetToDate === 0) {
    return null;
  }
  const ratio = value / targetToDate;
  if (ratio >= 1) {
    return 'ON_TRACK';
  }
  return ratio >= AT_RISK_BELOW ? 'BEHIND' : 'AT_RISK';
}
