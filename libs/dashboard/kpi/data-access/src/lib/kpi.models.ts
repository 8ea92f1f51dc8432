import type {
  CorridorBasis,
  IsoDate,
  KpiDirection,
  KpiStatus,
  KpiUnit,
  Pace,
  Role,
  ScopeType,
} from '@salesdash/shared/domain';

/** The API's `KpiDefinition` (KPI-SPEC §4): the KPIs the caller may see, in journey order. */
export interface KpiDefinitionDto {
  readonly code: string;
  readonly name: string;
  readonly unit: KpiUnit;
  /** A journey stage, or ANY for the customer's voice along all of it. */
  readonly stage: string;
  readonly ownerRoles: readonly Role[];
  readonly description: string;
  /** What `sampleSize` counts for this KPI. */
  readonly sampleSizeOf: string;
  /** Which side of the range is good; suggestions of corridor bands follow it. */
  readonly direction: KpiDirection;
  /** For BOTH_SIDES: what goes wrong on each side; null otherwise. */
  readonly directionReason: string | null;
  /** The bases a corridor of this KPI may judge (KPI-SPEC §5.1), VALUE first. */
  readonly allowedBases: readonly CorridorBasis[];
}

/**
 * How a value was judged and how its period is going (KPI-SPEC §4.2, §5.1); on every value and
 * every trend month.
 */
export interface KpiJudgementDto {
  /** What the corridor in force judged; null without one. */
  readonly basis: CorridorBasis | null;
  /** The number the corridor judged (the value, per rep and month, or the share of target to date). */
  readonly judgedValue: number | null;
  /** The target of the elapsed part of the period; equals `target` once the period has ended. */
  readonly targetToDate: number | null;
  /** The value at the period's end at the current run rate (counts and sums only). */
  readonly forecast: number | null;
  /** Value against the target to date; null without a target. */
  readonly pace: Pace | null;
  /** Sales reps in the scope (1 for a rep). */
  readonly reps: number;
  /** Elapsed calendar months of the period (1 for a stock). */
  readonly months: number;
}

export interface BusinessModelDto {
  readonly code: string;
  readonly name: string;
  readonly description: string;
}

/** One value per (KPI, business model) for the period. */
export interface KpiValueDto extends KpiJudgementDto {
  readonly kpi: string;
  readonly businessModel: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  readonly target: number | null;
  readonly policyVersion: number | null;
}

/** One month of a trend; the running month is judged on its elapsed part. */
export interface KpiPointDto extends KpiJudgementDto {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  readonly target: number | null;
  /** The corridor version that judged this month; null without one. */
  readonly policyVersion: number | null;
}

/** Monthly values of one (KPI, business model), oldest first. */
export interface KpiSeriesDto {
  readonly kpi: string;
  readonly businessModel: string;
  readonly points: readonly KpiPointDto[];
}

/** A month of a trend as the dashboard draws it: partial while it is still running. */
export interface KpiTrendPoint extends KpiPointDto {
  /** The month had not ended when the trend was asked for: its figures cover the elapsed part. */
  readonly partial: boolean;
}

/** A trend as `KpiApi.trend` answers it: months that had not started are left out. */
export interface KpiTrendSeries extends KpiSeriesDto {
  readonly points: readonly KpiTrendPoint[];
}

export interface ScopeInput {
  readonly type: ScopeType;
  readonly id?: string | null;
}

/** KPI-SPEC §6: period [from, to) in UTC; absent lists mean "all". */
export interface KpiFilter {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly asOf?: string | null;
  readonly businessModels?: readonly string[] | null;
  readonly kpis?: readonly string[] | null;
  readonly scope?: ScopeInput | null;
}

/** Whole calendar months ending with the month that holds `to` − 1 day (default 12, at most 36). */
export interface KpiTrendFilter {
  readonly to: IsoDate;
  readonly months?: number | null;
  readonly asOf?: string | null;
  readonly businessModels?: readonly string[] | null;
  readonly kpis?: readonly string[] | null;
  readonly scope?: ScopeInput | null;
}
