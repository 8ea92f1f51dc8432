import { type CorridorBasis, judgedValueOf, type JudgementInputs } from './corridor-basis';

/** Status of a KPI value against the corridor of its business model (docs/corridors.md#statuses). */
export const KPI_STATUSES = [
  'NO_DATA',
  'NO_RANGE',
  'INSUFFICIENT_DATA',
  'ACCEPTABLE',
  'TOLERATED',
  'UNACCEPTABLE',
] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** A band with inclusive bounds; an absent bound is open (unbounded). */
export interface Band {
  readonly min?: number | null;
  readonly max?: number | null;
}

export interface CorridorBands {
  readonly acceptable: Band;
  readonly tolerated: Band;
  /** Missing means 1. */
  readonly minSampleSize?: number | null;
  /** Which number the bands judge; missing means VALUE. */
  readonly basis?: CorridorBasis | null;
}

export function bandContains(band: Band, value: number): boolean {
  const aboveMin = band.min === undefined || band.min === null || value >= band.min;
  const belowMax = band.max === undefined || band.max === null || value <= band.max;
  return aboveMin && belowMax;
}

/** A KPI value as a corridor judges it: the value, how many items it rests on, and its basis's inputs. */
export interface JudgeInputs extends JudgementInputs {
  readonly sampleSize: number;
}

export interface KpiJudgement {
  readonly status: KpiStatus;
  /** The basis of the corridor in force; null without one. */
  readonly basis: CorridorBasis | null;
  /** The number the bands judged; null without a corridor or when its basis gives none. */
  readonly judgedValue: number | null;
}

/** A value judged by VALUE alone (a rep, one month): enough for rates, means and medians. */
export function valueInputs(value: number | null, sampleSize: number): JudgeInputs {
  return { value, sampleSize, reps: 1, months: 1, targetToDate: null };
}

/**
 * Checked in the order of docs/corridors.md#statuses: NO_DATA, NO_RANGE (no corridor, or its basis gives no judged
 * value), INSUFFICIENT_DATA (basis VALUE only: on the other bases a count of zero is a fact), then the
 * bands on the judged value.
 */
export function judgeKpi(inputs: JudgeInputs, corridor: CorridorBands | undefined): KpiJudgement {
  if (inputs.value === null) {
    return { status: 'NO_DATA', basis: corridor ? (corridor.basis ?? 'VALUE') : null, judgedValue: null };
  }
  if (!corridor) {
    return { status: 'NO_RANGE', basis: null, judgedValue: null };
  }
  const basis = corridor.basis ?? 'VALUE';
  const judgedValue = judgedValueOf(basis, inputs);
  if (judgedValue === null) {
    return { status: 'NO_RANGE', basis, judgedValue };
  }
  if (basis === 'VALUE' && inputs.sampleSize < (corridor.minSampleSize ?? 1)) {
    return { status: 'INSUFFICIENT_DATA', basis, judgedValue };
  }
  if (bandContains(corridor.acceptable, judgedValue)) {
    return { status: 'ACCEPTABLE', basis, judgedValue };
  }
  return { status: bandContains(corridor.tolerated, judgedValue) ? 'TOLERATED' : 'UNACCEPTABLE', basis, judgedValue };
}
