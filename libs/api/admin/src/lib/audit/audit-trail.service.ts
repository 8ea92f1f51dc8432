import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { selectRows } from '../sql-rows';
import { InputCheck } from '../validation/org-input-rules';
import { type AuditFieldChange, auditChanges } from './audit-changes';

export const AUDIT_TRAIL_LIMIT = 200;

export interface AuditTrailEntry {
  readonly id: string;
  readonly occurredAt: Date;
  readonly action: string;
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly reason: string | null;
  readonly changes: AuditFieldChange[];
}

interface AuditRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly action: string;
  readonly actor: { id: string; displayName: string } | null;
  readonly reason: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

// Newest first in the order the changes committed: audit_id, not occurred_at. Every writer records an
// entry under the lock of the entity it changes (its row, or its corridor series), held to commit, so
// of two changes of one entity the later to commit takes the later id. occurred_at used to be the
// transaction's start, and a change that waited for the lock started first but committed last.
const AUDIT_TRAIL_SQL = `
SELECT a.audit_id::text AS id, a.occurred_at AS "occurredAt", a.action, a.reason, a.before, a.after,
       CASE WHEN a.actor_user_id IS NULL THEN NULL
            ELSE json_build_object('id', u.user_id, 'displayName', u.display_name) END AS actor
FROM audit_log a
LEFT JOIN app_user u ON u.user_id = a.actor_user_id
WHERE a.entity_type = $1 AND a.entity_id = $2
ORDER BY a.audit_id DESC
LIMIT ${AUDIT_TRAIL_LIMIT}`;

/** Reads the audit log of one entity, newest first, with who did it and what changed. */
@Injectable()
export class AuditTrailService {
  constructor(private readonly dataSource: DataSource) {}

  async trail(entityType: string, entityId: string): Promise<AuditTrailEntry[]> {
    const check = new InputCheck();
    const type = check.entityType(entityType, 'entityType');
    const id = check.id(entityId, 'entityId');
    check.done();
    const rows = await selectRows<AuditRow>(this.dataSource, AUDIT_TRAIL_SQL, [type, id]);
    return rows.map(({ before, after, ...entry }) => ({ ...entry, changes: auditChanges(before, after) }));
  }
}
