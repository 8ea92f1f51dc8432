import type { Role, ScopeType } from '@salesdash/shared/domain';

/** The caller's default (widest) scope, e.g. label "Teams you manage: North 1". */
export interface ScopeSummaryDto {
  readonly type: ScopeType;
  readonly ids: readonly string[] | null;
  readonly label: string;
}

/** Why the caller sees a KPI, e.g. grantedBy "Responsibility of SALES_REP: Won volume". */
export interface KpiGrantDto {
  readonly kpi: string;
  readonly grantedBy: string;
}

/** The API's `Access`: who the caller is for the API and what that lets them see. */
export interface AccessDto {
  readonly role: Role;
  readonly scope: ScopeSummaryDto;
  readonly kpis: readonly KpiGrantDto[];
}

export interface RegionDto {
  readonly id: string;
  readonly name: string;
}

export interface RepDto {
  readonly id: string;
  readonly displayName: string;
}

/** A team a sales manager manages, with its reps. */
export interface TeamDto {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionName: string;
  readonly reps: readonly RepDto[];
}
