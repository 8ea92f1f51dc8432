import type { IsoDate, KpiStatus, KpiUnit, Role, ScopeType } from '@salesdash/shared/domain';

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
}

export interface BusinessModelDto {
  readonly code: string;
  readonly name: string;
  readonly description: string;
}

/** One value per (KPI, business model) for the period. */
export interface KpiValueDto {
  readonly kpi: string;
  readonly businessModel: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  readonly target: number | null;
  readonly policyVersion: number | null;
}

export interface KpiPointDto {
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
