import type { Role } from '@salesdash/shared/domain';

/** One audited change of one cell (the API's `ResponsibilityChange`). */
export interface ResponsibilityChangeDto {
  readonly id: string;
  /** ISO 8601 instant (UTC). */
  readonly at: string;
  readonly role: Role;
  readonly kpi: string;
  /** True when the change granted the KPI, false when it revoked it. */
  readonly granted: boolean;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly reason: string | null;
}

export interface ResponsibilityCellDto {
  readonly role: Role;
  readonly kpi: string;
  readonly granted: boolean;
  /** The ADMIN row: always every KPI, never editable. */
  readonly fixed: boolean;
  readonly lastChange: ResponsibilityChangeDto | null;
}

export interface ResponsibilityKpiDto {
  readonly code: string;
  readonly name: string;
  readonly stage: string;
}

/** Every role × every KPI (the API's `ResponsibilityMatrix`), KPIs in journey order. */
export interface ResponsibilityMatrixDto {
  readonly roles: readonly Role[];
  readonly kpis: readonly ResponsibilityKpiDto[];
  readonly cells: readonly ResponsibilityCellDto[];
}

export interface ResponsibilityChangeInput {
  readonly role: Role;
  readonly kpi: string;
  readonly granted: boolean;
}

/** One problem with the input, at its path (`reason`, `changes[2].granted`, …). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}
