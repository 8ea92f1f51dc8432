import type { KpiCode } from './kpi-catalogue';
import type { MessageRef } from './messages';
import { addMonths, type IsoDate, type Period } from './period';

/** The KPIs a target can be set for (docs/kpis.md#targets): the counts and the sum a rep is measured by. */
export const TARGET_KPIS: readonly KpiCode[] = ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES'];

export function isTargetKpi(kpi: string): kpi is KpiCode {
  return (TARGET_KPIS as readonly string[]).includes(kpi);
}

/** What a target is counted in: euros to the cent, or whole deals, leads and activities. */
export type TargetUnit = 'EUR' | 'COUNT';

export function targetUnitOf(kpi: KpiCode): TargetUnit {
  return kpi === 'WON_VOLUME' ? 'EUR' : 'COUNT';
}

/** The largest target one cell takes (numeric(14,2) of an amount holds less than 10^12). */
export const MAX_TARGET_VALUE = 999_999_999_999;

/** A calendar month, `YYYY-MM`. */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

export function yearMonthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

/** The month as a period: [first day, first day of the next month). */
export function monthPeriod(month: YearMonth): Period {
  const from = `${month}-01`;
  return { from, to: addMonths(from, 1) };
}

export function addYearMonths(month: YearMonth, count: number): YearMonth {
  return yearMonthOf(addMonths(`${month}-01`, count));
}

/** `count` consecutive months from `first`. */
export function monthsFrom(first: YearMonth, count: number): YearMonth[] {
  return Array.from({ length: count }, (_, index) => addYearMonths(first, index));
}

/**
 * Why a target value cannot be stored, or null when it can: a number ≥ 0 and at most
 * MAX_TARGET_VALUE, to the cent for euros and whole for counts.
 */
export function targetValueProblem(value: number, unit: TargetUnit): MessageRef | null {
  if (!Number.isFinite(value)) {
    return { code: 'NOT_A_NUMBER', params: {} };
  }
  if (value < 0) {
    return { code: 'NOT_NEGATIVE', params: {} };
  }
  if (value > MAX_TARGET_VALUE) {
    // The catalogue's text names MAX_TARGET_VALUE as written for people (999,999,999,999).
    return { code: 'TARGET_TOO_LARGE', params: {} };
  }
  if (unit === 'COUNT' && !Number.isInteger(value)) {
    return { code: 'NOT_WHOLE_NUMBER', params: {} };
  }
  if (unit === 'EUR' && !isWholeCents(value)) {
    return { code: 'AT_MOST_TWO_DECIMALS', params: {} };
  }
  return null;
}

function isWholeCents(value: number): boolean {
  const cents = value * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6;
}

/** The smallest step of a unit: one cent, or one. */
function stepOf(unit: TargetUnit): number {
  return unit === 'EUR' ? 0.01 : 1;
}

/**
 * Splits `total` into parts proportional to `weights`, each a whole number of the unit's step, that add
 * up to exactly `total` (largest remainders get the leftover steps; ties go to the earlier part). All
 * weights 0 (nobody sold anything yet) splits evenly. `total` must itself be a whole number of steps.
 */
export function distributeTotal(total: number, weights: readonly number[], unit: TargetUnit): number[] {
  if (weights.length === 0) {
    return [];
  }
  const step = stepOf(unit);
  const steps = Math.round(total / step);
  const positive = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0));
  const sum = positive.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? positive.map((weight) => weight / sum) : positive.map(() => 1 / positive.length);
  const exact = shares.map((share) => share * steps);
  const parts = exact.map((value) => Math.floor(value + 1e-9));
  let left = steps - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - parts[index] }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) {
      break;
    }
    parts[index] += 1;
    left -= 1;
  }
  return parts.map((part) => (unit === 'EUR' ? Math.round(part) / 100 : part));
}

/** The sum of the targets that are set; null when none is (no target is not a target of 0). */
export function sumOfTargets(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

/** Per month, the sum of the rows' targets (sumOfTargets of each month's column). */
export function monthSums(rows: readonly (readonly (number | null)[])[], months: number): (number | null)[] {
  return Array.from({ length: months }, (_, index) => sumOfTargets(rows.map((row) => row[index] ?? null)));
}

/**
 * Per month, a team's target as the KPIs use it (docs/kpis.md#targets): its own TEAM target where it has one,
 * otherwise the sum of its reps' targets.
 */
export function teamTotals(
  teamValues: readonly (number | null)[],
  repSums: readonly (number | null)[],
): (number | null)[] {
  return repSums.map((sum, index) => teamValues[index] ?? sum);
}
