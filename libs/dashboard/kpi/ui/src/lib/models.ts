import type { CorridorBandVersion, SparkPoint } from '@salesdash/dashboard/shared/ui-charts';
import type { CorridorBasis, KpiStatus, KpiUnit, Pace, Period, PeriodPreset } from '@salesdash/shared/domain';
import type { KpiChangeFigures } from './format/kpi-change';
import type { RowsLink } from './rows-link';

/** One business model's figures on a KPI tile. */
export interface KpiTileRow extends KpiRunningFigures, KpiValueExtras {
  readonly businessModel: string;
  readonly businessModelName: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  /** The corridor version the status was judged by; null without one. */
  readonly policyVersion: number | null;
  /** That version's details once known; null while unknown. */
  readonly corridor: StatusCorridor | null;
  readonly target: number | null;
  /**
   * Monthly values, oldest first, on the row's `basis` (build them with `trendPoints`); null while
   * the trend loads or when it is unavailable.
   */
  readonly trend: readonly SparkPoint[] | null;
  /** The corridor versions behind the trend's months, for its bands. */
  readonly trendCorridors: readonly CorridorBandVersion[];
}

/** What a value can lead to and be compared with, wherever it is shown (tile, table cell). */
export interface KpiValueExtras {
  /** The rows behind the value; none where the page cannot name them. */
  readonly rows?: RowsLink | null;
  /** The value in the period before and a year earlier, as the API measured them. */
  readonly change?: KpiChangeFigures | null;
}

/**
 * What a KPI tile shows; the feature builds it from the API's answers. The KPI is named, described and its n
 * explained by `KPI_CATALOGUE_TEXTS`, in this build's language.
 */
export interface KpiTileView {
  readonly code: string;
  readonly unit: KpiUnit;
  readonly stage: string;
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

/** The corridor version behind a status, as the status popover explains it (docs/corridors.md#versions). */
export interface StatusCorridor {
  readonly version: number;
  readonly effectiveFrom: string;
  /** The bands in words, from the API: "acceptable 10–35 days, tolerated 5–45 days". */
  readonly description: string;
  readonly rationale: string;
  readonly minSampleSize: number;
  /** What its bands judge (docs/corridors.md#basis); absent where the page did not ask for it. */
  readonly basis?: CorridorBasis;
}

/**
 * How a value was judged and how its period is going (docs/kpis.md#running-periods, docs/corridors.md#basis), as
 * the API gives them on every value; null where the API gives none, and then nothing extra shows.
 */
export interface KpiRunningFigures {
  /** The target of the elapsed part of the period; the target itself once the period has ended. */
  readonly targetToDate: number | null;
  /** The value at the period's end at the current run rate (counts and sums). */
  readonly forecast: number | null;
  readonly pace: Pace | null;
  /** What the corridor judged; null without a corridor in force. */
  readonly basis: CorridorBasis | null;
  /** The number it judged: the value, per rep and month, or the share of the target to date. */
  readonly judgedValue: number | null;
}
