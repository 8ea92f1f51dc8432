import type { SparkPoint } from '@salesdash/dashboard/shared/ui-charts';
import type { KpiStatus, KpiUnit, Period, PeriodPreset } from '@salesdash/shared/domain';

/** One business model's figures on a KPI tile. */
export interface KpiTileRow {
  readonly businessModel: string;
  readonly businessModelName: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  readonly target: number | null;
  /** Monthly values, oldest first; null while the trend loads or when it is unavailable. */
  readonly trend: readonly SparkPoint[] | null;
}

/** What a KPI tile shows; the feature builds it from the API's answers. */
export interface KpiTileView {
  readonly code: string;
  readonly name: string;
  readonly unit: KpiUnit;
  readonly stage: string;
  readonly description: string;
  /** What the sample size n counts. */
  readonly sampleSizeOf: string;
  readonly rows: readonly KpiTileRow[];
}

export type PeriodChoice = PeriodPreset | 'CUSTOM';

/** A period [from, to) and how it was chosen. */
export interface PeriodSelection extends Period {
  readonly preset: PeriodChoice;
}

export interface BusinessModelOption {
  readonly code: string;
  readonly name: string;
}
