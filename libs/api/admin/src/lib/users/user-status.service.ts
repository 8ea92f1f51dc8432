import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { revokeSessionsOfUser } from '@salesdash/api/identity';
import { recordAudit, type Viewer } from '@salesdash/api/platform';
import { selectRows } from '../sql-rows';
import { FieldConflictError } from '../validation/field-conflict';
import { InputCheck } from '../validation/org-input-rules';
import { assertAdministrationRemains } from './admin-protection';
import { type AdminUserRecord, type LockedUser, lockUser, readUser } from './user-records';

/**
 * Deactivation and reactivation. Users are never deleted (their deals and the audit log refer to
 * them); a deactivated user cannot sign in, and their sessions end in the same transaction.
 */
@Injectable()
export class UserStatusService {
  constructor(private readonly dataSource: DataSource) {}

  async deactivate(actor: Viewer, userId: string, reason?: string | null): Promise<AdminUserRecord> {
    const { id, why } = checkedRequest(userId, reason);
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id, 'userId');
      if (!user.active) {
        throw new FieldConflictError('userId', 'USER_ALREADY_DEACTIVATED', { name: user.displayName });
      }
      await assertAdministrationRemains(manager, actor, user, 'deactivate', 'userId');
      await manager.query('UPDATE app_user SET active = false WHERE user_id = $1', [id]);
      await revokeSessionsOfUser(manager, id, 'DEACTIVATED');
      await releaseManagedTeams(manager, actor, user);
      await recordAudit(manager, {
        actorUserId: actor.userId,
        action: 'user.deactivate',
        entityType: 'user',
        entityId: id,
        before: { active: true },
        after: { active: false },
        reason: why,
      });
      return readUser(manager, id);
    });
  }

  async reactivate(actor: Viewer, userId: string, reason?: string | null): Promise<AdminUserRecord> {
    const { id, why } = checkedRequest(userId, reason);
    return this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, id, 'userId');
      if (user.active) {
        throw new FieldConflictError('userId', 'USER_ALREADY_ACTIVE', { name: user.displayName });
      }
      await manager.query('UPDATE app_user SET active = true WHERE user_id = $1', [id]);
      await recordAudit(manager, {
        actorUserId: actor.userId,
        action: 'user.reactivate',
        entityType: 'user',
        entityId: id,
        before: { active: false },
        after: { active: true },
        reason: why,
      });
      return readUser(manager, id);
    });
  }
}

function checkedRequest(userId: string, reason: string | null | undefined): { id: string; why: string | null } {
  const check = new InputCheck();
  const request = { id: check.id(userId, 'userId'), why: check.reason(reason, 'reason') };
  check.done();
  return request;
}

/**
 * A team's manager must be active. Deactivation is never blocked (it may be urgent), so the
 * teams of a deactivated manager lose their manager, each change audited as a team update.
 */
async function releaseManagedTeams(manager: EntityManager, actor: Viewer, user: LockedUser): Promise<void> {
  const teams = await selectRows<{ team_id: string; name: string; region_id: string }>(
    manager,
    `WITH released AS (
       UPDATE team SET manager_user_id = NULL WHERE manager_user_id = $1 RETURNING team_id, name, region_id)
     SELECT team_id, name, region_id FROM released ORDER BY team_id`,
    [user.id],
  );
  for (const team of teams) {
    const unchanged = { name: team.name, regionId: team.region_id };
    await recordAudit(manager, {
      actorUserId: actor.userId,
      action: 'team.update',
      entityType: 'team',
      entityId: team.team_id,
      before: { ...unchanged, managerUserId: user.id },
      after: { ...unchanged, managerUserId: null },
      reason: `manager ${user.displayName} deactivated`,
    });
  }
}
