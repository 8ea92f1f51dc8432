import type { KpiCode } from './kpi-catalogue';

/**
 * What a corridor's bands judge (docs/corridors.md#basis). A rate means the same for a rep's month and the
 * company's year; a count or a sum does not, so its corridor judges it per rep and month, or as a
 * share of the target to date.
 */
export const CORRIDOR_BASES = ['VALUE', 'PER_REP_MONTH', 'SHARE_OF_TARGET'] as const;
export type CorridorBasis = (typeof CORRIDOR_BASES)[number];

const PER_REP_MONTH_KPIS: readonly KpiCode[] = ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES', 'PIPELINE_VALUE'];
const SHARE_OF_TARGET_KPIS: readonly KpiCode[] = ['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES'];

export function isCorridorBasis(value: string): value is CorridorBasis {
  return (CORRIDOR_BASES as readonly string[]).includes(value);
}

/** The bases a KPI's corridor may use, VALUE first. */
export function allowedBases(kpi: KpiCode): CorridorBasis[] {
  return CORRIDOR_BASES.filter(
    (basis) =>
      basis === 'VALUE' ||
      (basis === 'PER_REP_MONTH' && PER_REP_MONTH_KPIS.includes(kpi)) ||
      (basis === 'SHARE_OF_TARGET' && SHARE_OF_TARGET_KPIS.includes(kpi)),
  );
}

/** A stock is measured at the period's end, not accumulated over it: it counts one month (§5.1). */
export function isStock(kpi: KpiCode): boolean {
  return kpi === 'PIPELINE_VALUE';
}

/** What the judged value of a KPI value is computed from. */
export interface JudgementInputs {
  readonly value: number | null;
  /** SALES_REP users whose team lies in the scope; 1 for a rep. */
  readonly reps: number;
  /** Elapsed calendar months of the period (1 for a stock). */
  readonly months: number;
  readonly targetToDate: number | null;
}

/** The number a corridor of `basis` judges; null when the basis gives none (no rep-month, no target to date). */
export function judgedValueOf(basis: CorridorBasis, inputs: JudgementInputs): number | null {
  const { value, reps, months, targetToDate } = inputs;
  if (value === null) {
    return null;
  }
  switch (basis) {
    case 'VALUE':
      return value;
    case 'PER_REP_MONTH':
      return reps * months > 0 ? value / (reps * months) : null;
    case 'SHARE_OF_TARGET':
      return targetToDate !== null && targetToDate !== 0 ? value / targetToDate : null;
  }
}
