import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '@salesdash/api/platform';
import { isRole, kpiDefinition, KPI_CODES, type Role, ROLES } from '@salesdash/shared/domain';
import { cellKey, FIXED_ROLE } from './responsibility-request';
import type { ResponsibilityChangeType, ResponsibilityMatrixType } from './responsibility.types';

export const RESPONSIBILITY_ENTITY = 'kpi_responsibility';
export const GRANT_ACTION = 'responsibility.grant';
export const REVOKE_ACTION = 'responsibility.revoke';
export const HISTORY_DEFAULT_LIMIT = 50;
export const HISTORY_MAX_LIMIT = 200;

interface ChangeRow {
  audit_id: string;
  occurred_at: Date;
  entity_id: string;
  action: string;
  actor_user_id: string | null;
  actor_name: string | null;
  reason: string | null;
}

interface CellRow extends Partial<ChangeRow> {
  role: string;
  kpi: string;
  granted: boolean;
}

const CHANGE_COLUMNS = `a.audit_id::text AS audit_id, a.occurred_at, a.entity_id, a.action, a.actor_user_id,
       u.display_name AS actor_name, a.reason`;

/** Every role × every KPI in one statement, each with its latest audited change. */
const MATRIX_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (a.entity_id) ${CHANGE_COLUMNS}
  FROM audit_log a
  LEFT JOIN app_user u ON u.user_id = a.actor_user_id
  WHERE a.entity_type = '${RESPONSIBILITY_ENTITY}'
  ORDER BY a.entity_id, a.audit_id DESC
)
SELECT r.role, k.kpi, (kr.role IS NOT NULL) AS granted,
       l.audit_id, l.occurred_at, l.entity_id, l.action, l.actor_user_id, l.actor_name, l.reason
FROM unnest($1::text[]) AS r(role)
CROSS JOIN unnest($2::text[]) AS k(kpi)
LEFT JOIN kpi_responsibility kr ON kr.role = r.role AND kr.kpi = k.kpi
LEFT JOIN latest l ON l.entity_id = r.role || ':' || k.kpi`;

const HISTORY_SQL = `
SELECT ${CHANGE_COLUMNS}
FROM audit_log a
LEFT JOIN app_user u ON u.user_id = a.actor_user_id
WHERE a.entity_type = '${RESPONSIBILITY_ENTITY}'
ORDER BY a.audit_id DESC
LIMIT $1`;

function toChange(row: ChangeRow): ResponsibilityChangeType {
  const [role, kpi] = row.entity_id.split(':');
  if (!isRole(role)) {
    throw new Error(`audit entry ${row.audit_id} names the unknown role '${role}'`);
  }
  return {
    id: row.audit_id,
    at: row.occurred_at,
    role,
    kpi,
    granted: row.action === GRANT_ACTION,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    reason: row.reason,
  };
}

/** Reads the responsibility matrix and its audited history. */
@Injectable()
export class ResponsibilityMatrix {
  constructor(private readonly dataSource: DataSource) {}

  async matrix(): Promise<ResponsibilityMatrixType> {
    const rows: CellRow[] = await this.dataSource.query(MATRIX_SQL, [ROLES, KPI_CODES]);
    const byCell = new Map(rows.map((row) => [cellKey(row.role, row.kpi), row]));
    return {
      roles: [...ROLES],
      kpis: KPI_CODES.map((code) => {
        const { name, stage } = kpiDefinition(code);
        return { code, name, stage };
      }),
      cells: KPI_CODES.flatMap((kpi) =>
        ROLES.map((role: Role) => {
          const row = byCell.get(cellKey(role, kpi));
          return {
            role,
            kpi,
            granted: row?.granted ?? false,
            fixed: role === FIXED_ROLE,
            lastChange: row?.audit_id ? toChange(row as ChangeRow) : null,
          };
        }),
      ),
    };
  }

  /** Audited changes of the matrix, newest first. */
  async history(limit: number = HISTORY_DEFAULT_LIMIT): Promise<ResponsibilityChangeType[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > HISTORY_MAX_LIMIT) {
      throw ValidationError.of('limit', 'HISTORY_LIMIT_OUT_OF_RANGE', { max: HISTORY_MAX_LIMIT });
    }
    const rows: ChangeRow[] = await this.dataSource.query(HISTORY_SQL, [limit]);
    return rows.map(toChange);
  }
}
