import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@salesdash/api/platform';
import { CorridorReader } from '../policies/corridor-reader.service';
import { type CorridorSnapshot, seriesEntityId } from '@salesdash/api/policies';
import { selectRows } from '@salesdash/api/policies';

export const CORRIDOR_AUDIT_LIMIT = 200;

export interface CorridorAuditEntry {
  readonly id: string;
  readonly occurredAt: Date;
  readonly action: string;
  readonly actorId: string | null;
  /** Display name; null for the system (the demo seed). */
  readonly actorName: string | null;
  readonly reason: string | null;
  /** The version replaced; null for the first version of a series. */
  readonly before: CorridorSnapshot | null;
  readonly after: CorridorSnapshot | null;
}

/** A snapshot as stored: those written before corridors had a basis have none. */
type StoredSnapshot = Omit<CorridorSnapshot, 'basis'> & { readonly basis?: CorridorSnapshot['basis'] };
type StoredEntry = Omit<CorridorAuditEntry, 'before' | 'after'> & {
  readonly before: StoredSnapshot | null;
  readonly after: StoredSnapshot | null;
};

// Newest first in the order the changes committed: audit_id, not occurred_at. Every writer records an
// entry under the lock of the entity it changes (its row, or its corridor series), held to commit, so
// of two changes of one entity the later to commit takes the later id. occurred_at used to be the
// transaction's start, and a change that waited for the lock started first but committed last.
const CORRIDOR_AUDIT_SQL = `
SELECT a.audit_id::text AS id, a.occurred_at AS "occurredAt", a.action, a.reason, a.before, a.after,
       a.actor_user_id AS "actorId", u.display_name AS "actorName"
FROM audit_log a
LEFT JOIN app_user u ON u.user_id = a.actor_user_id
WHERE a.entity_type = 'corridor' AND a.entity_id = $1
ORDER BY a.audit_id DESC
LIMIT ${CORRIDOR_AUDIT_LIMIT}`;

/** The audit trail of one corridor series, newest first, each entry with the versions before and after. */
@Injectable()
export class CorridorAudit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corridors: CorridorReader,
  ) {}

  async trail(
    viewer: Viewer,
    businessModel: string,
    kpi: string,
    segment: string | null | undefined,
  ): Promise<CorridorAuditEntry[]> {
    const series = await this.corridors.checkedSeries(viewer, businessModel, kpi, segment);
    const entries = await selectRows<StoredEntry>(this.dataSource, CORRIDOR_AUDIT_SQL, [
      seriesEntityId(series.businessModel, series.kpi, series.segment),
    ]);
    return entries.map((entry) => ({ ...entry, before: withBasis(entry.before), after: withBasis(entry.after) }));
  }
}

/** Snapshots written before corridors had a basis judged the value: say so instead of leaving it out. */
function withBasis(snapshot: StoredSnapshot | null): CorridorSnapshot | null {
  return snapshot && { ...snapshot, basis: snapshot.basis ?? 'VALUE' };
}
