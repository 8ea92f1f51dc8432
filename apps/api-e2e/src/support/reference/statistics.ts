import { microsToDays } from './instant';

/** A KPI value and its `sampleSize` (the denominator count, §4). */
export interface Measure {
  readonly value: number | null;
  readonly sampleSize: number;
}

/** §4.1.1: counts and sums are 0 over an empty set, never null. */
export function total(value: number, sampleSize: number): Measure {
  return { value, sampleSize };
}

/** A share; null when the denominator is 0. */
export function share(numerator: number, denominator: number): Measure {
  return { value: denominator === 0 ? null : numerator / denominator, sampleSize: denominator };
}

export function mean(values: readonly number[]): Measure {
  const sum = values.reduce((acc, value) => acc + value, 0);
  return share(sum, values.length);
}

/** The mean of exact durations in days: summed in microseconds, divided once (§4.1.8). */
export function meanDays(durations: readonly bigint[]): Measure {
  const sum = durations.reduce((acc, duration) => acc + duration, 0n);
  return { value: durations.length === 0 ? null : microsToDays(sum) / durations.length, sampleSize: durations.length };
}

/** PostgreSQL `percentile_cont(fraction)`: linear interpolation between the two nearest ranks. */
export function percentileCont(values: readonly number[], fraction: number): Measure {
  if (values.length === 0) {
    return { value: null, sampleSize: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const value = sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  return { value, sampleSize: sorted.length };
}
