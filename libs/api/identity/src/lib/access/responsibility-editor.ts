import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { fieldIssue, type FieldIssue, recordAudit, ValidationError, type Viewer } from '@salesdash/api/platform';
import { GRANT_ACTION, RESPONSIBILITY_ENTITY, REVOKE_ACTION } from './responsibility-matrix';
import { type CellChange, cellKey, validateResponsibilityRequest } from './responsibility-request';

/**
 * Edits the responsibility matrix: all changes of a request in one transaction, each with its audit
 * entry in that transaction, so the matrix and its log commit or roll back together. AccessService
 * reads the table on every call (no cache), so a change applies to every user's next request.
 */
@Injectable()
export class ResponsibilityEditor {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Applies the changes or, on any invalid one, nothing. A change that would change nothing (the
   * role already has, or already lacks, the KPI) is refused like any other invalid input, because
   * it means the editor's view is stale: someone changed the cell since it was loaded.
   */
  async update(
    viewer: Viewer,
    changes: readonly { readonly role: string; readonly kpi: string; readonly granted: boolean }[],
    reason: string,
  ): Promise<void> {
    const request = validateResponsibilityRequest(changes, reason);
    await this.dataSource.transaction(async (manager) => {
      // Serialises editors (this mode conflicts with itself and with writes) while readers go on.
      await manager.query('LOCK TABLE kpi_responsibility IN SHARE ROW EXCLUSIVE MODE');
      await this.refuseNoOps(manager, request.changes);
      for (const change of request.changes) {
        await this.apply(manager, change);
        await recordAudit(manager, {
          actorUserId: viewer.userId,
          action: change.granted ? GRANT_ACTION : REVOKE_ACTION,
          entityType: RESPONSIBILITY_ENTITY,
          entityId: cellKey(change.role, change.kpi),
          before: { granted: !change.granted },
          after: { granted: change.granted },
          reason: request.reason,
        });
      }
    });
  }

  private async refuseNoOps(manager: EntityManager, changes: readonly CellChange[]): Promise<void> {
    const rows: { role: string; kpi: string }[] = await manager.query(
      'SELECT role, kpi FROM kpi_responsibility WHERE role = ANY($1::text[])',
      [[...new Set(changes.map((change) => change.role))]],
    );
    const granted = new Set(rows.map((row) => cellKey(row.role, row.kpi)));
    const issues: FieldIssue[] = changes
      .filter((change) => granted.has(cellKey(change.role, change.kpi)) === change.granted)
      .map((change) =>
        fieldIssue(`changes[${change.index}].granted`, change.granted ? 'KPI_ALREADY_SEEN' : 'KPI_ALREADY_NOT_SEEN', {
          role: change.role,
          kpi: change.kpi,
        }),
      );
    if (issues.length > 0) {
      throw new ValidationError(issues);
    }
  }

  private async apply(manager: EntityManager, change: CellChange): Promise<void> {
    await manager.query(
      change.granted
        ? 'INSERT INTO kpi_responsibility (role, kpi) VALUES ($1, $2)'
        : 'DELETE FROM kpi_responsibility WHERE role = $1 AND kpi = $2',
      [change.role, change.kpi],
    );
  }
}
