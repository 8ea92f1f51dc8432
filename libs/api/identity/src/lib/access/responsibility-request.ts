import { fieldIssue, type FieldIssue, MAX_REASON_LENGTH, ValidationError } from '@salesdash/api/platform';
import { isKpiCode, isRole, KPI_CODES, type KpiCode, type Role, ROLES } from '@salesdash/shared/domain';

/** Every cell once: more changes than cells must repeat one. */
export const MAX_CHANGES = ROLES.length * KPI_CODES.length;
/** Administrators support everyone, so their row always holds every KPI. */
export const FIXED_ROLE: Role = 'ADMIN';

export interface CellChange {
  readonly role: Role;
  readonly kpi: KpiCode;
  readonly granted: boolean;
  /** Position in the request, for the field path of an issue. */
  readonly index: number;
}

export interface ResponsibilityRequest {
  readonly changes: readonly CellChange[];
  readonly reason: string;
}

/** `ROLE:KPI`, the audit log's entity id of a cell. */
export function cellKey(role: string, kpi: string): string {
  return `${role}:${kpi}`;
}

function checkReason(reason: string, issues: FieldIssue[]): string {
  const trimmed = reason.trim();
  if (trimmed === '') {
    issues.push(fieldIssue('reason', 'REASON_REQUIRED_FOR_AUDIT', {}));
  } else if (trimmed.length > MAX_REASON_LENGTH) {
    issues.push(fieldIssue('reason', 'REASON_TOO_LONG', { max: MAX_REASON_LENGTH, length: trimmed.length }));
  }
  return trimmed;
}

/**
 * Checks what a request can be checked for without reading the matrix: a reason, at least one
 * change, known roles and KPIs, no change to the fixed ADMIN row and each cell at most once. Every
 * issue is reported at once, with the path of its input; the caller then writes nothing.
 */
export function validateResponsibilityRequest(
  changes: readonly { readonly role: string; readonly kpi: string; readonly granted: boolean }[],
  reason: string,
): ResponsibilityRequest {
  const issues: FieldIssue[] = [];
  const trimmedReason = checkReason(reason, issues);
  if (changes.length === 0) {
    issues.push(fieldIssue('changes', 'CHANGES_EMPTY', {}));
  } else if (changes.length > MAX_CHANGES) {
    issues.push(fieldIssue('changes', 'CHANGES_TOO_MANY', { max: MAX_CHANGES }));
    throw new ValidationError(issues);
  }
  const firstIndexOf = new Map<string, number>();
  const valid: CellChange[] = [];
  changes.forEach((change, index) => {
    const field = `changes[${index}]`;
    const { role, kpi, granted } = change;
    if (!isRole(role)) {
      issues.push(fieldIssue(`${field}.role`, 'UNKNOWN_ROLE', { role }));
    }
    if (!isKpiCode(kpi)) {
      issues.push(fieldIssue(`${field}.kpi`, 'UNKNOWN_KPI', { code: kpi }));
    }
    if (!isRole(role) || !isKpiCode(kpi)) {
      return;
    }
    if (role === FIXED_ROLE) {
      issues.push(fieldIssue(`${field}.role`, 'ADMIN_ROW_FIXED', {}));
      return;
    }
    const key = cellKey(role, kpi);
    const first = firstIndexOf.get(key);
    if (first !== undefined) {
      issues.push(fieldIssue(field, 'CELL_CHANGED_TWICE', { cell: key, first }));
      return;
    }
    firstIndexOf.set(key, index);
    valid.push({ role, kpi, granted, index });
  });
  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
  return { changes: valid, reason: trimmedReason };
}
