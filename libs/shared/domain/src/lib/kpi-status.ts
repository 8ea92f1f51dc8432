/** Status of a KPI value against the corridor of its business model (KPI-SPEC §5). */
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
}

export function bandContains(band: Band, value: number): boolean {
  const aboveMin = band.min === undefined || band.min === null || value >= band.min;
  const belowMax = band.max === undefined || band.max === null || value <= band.max;
  return aboveMin && belowMax;
}

/** Checked in the order of KPI-SPEC §5: NO_DATA, NO_RANGE, INSUFFICIENT_DATA, then the bands. */
export function kpiStatus(value: number | null, sampleSize: number, corridor: CorridorBands | undefined): KpiStatus {
  if (value === null) {
    return 'NO_DATA';
  }
  if (!corridor) {
    return 'NO_RANGE';
  }
  if (sampleSize < (corridor.minSampleSize ?? 1)) {
    return 'INSUFFICIENT_DATA';
  }
  if (bandContains(corridor.acceptable, value)) {
    return 'ACCEPTABLE';
  }
  return bandContains(corridor.tolerated, value) ? 'TOLERATED' : 'UNACCEPTABLE';
}
