import type { Micros } from './instant';
import type { ScopedFacts } from './scope';
import type { Measure } from './statistics';
import type { Period } from './targets';

/** Everything one KPI formula needs for one business model. */
export interface KpiContext {
  readonly facts: ScopedFacts;
  readonly period: Period;
  readonly asOf: Micros;
  /** The scope's prorated WON_VOLUME target (for QUOTA_ATTAINMENT). */
  readonly wonVolumeTarget: () => number | null;
}

export type KpiFormula = (context: KpiContext) => Measure;

/** §4: "in P" means from <= t < to. */
export function inPeriod(instant: Micros, period: Period): boolean {
  return period.from <= instant && instant < period.to;
}
