import { type FieldIssue, MAX_REASON_LENGTH, ValidationError } from '@salesdash/api/platform';
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
    issues.push({ field: 'reason', message: 'give a reason: it is kept in the audit log with the change' });
  } else if (trimmed.length > MAX_REASON_LENGTH) {
    issues.push({
      field: 'reason',
      message: `a reason may have at most ${MAX_REASON_LENGTH} characters (this one has ${trimmed.length})`,
    });
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
    issues.push({ field: 'changes', message: 'name at least one change' });
  } else if (changes.length > MAX_CHANGES) {
    issues.push({ field: 'changes', message: `at most ${MAX_CHANGES} changes, one per cell of the matrix` });
    throw new ValidationError(issues);
  }
  const firstIndexOf = new Map<string, number>();
  const valid: CellChange[] = [];
  changes.forEach((change, index) => {
    const field = `changes[${index}]`;
    const { role, kpi, granted } = change;
    if (!isRole(role)) {
      issues.push({ field: `${field}.role`, message: `unknown role '${role}'` });
    }
    if (!isKpiCode(kpi)) {
      issues.push({ field: `${field}.kpi`, message: `unknown KPI '${kpi}'` });
    }
    if (!isRole(role) || !isKpiCode(kpi)) {
      return;
    }
    if (role === FIXED_ROLE) {
      issues.push({
        field: `${field}.role`,
        message: 'the ADMIN row is fixed at every KPI: administrators support every other role',
      });
      return;
    }
    const key = cellKey(role, kpi);
    const first = firstIndexOf.get(key);
    if (first !== undefined) {
      issues.push({ field, message: `${key} is already changed by changes[${first}]; name each cell once` });
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
