import { ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { TeamAdminService } from '../teams/team-admin.service';
import { ADA, BEN, seedOrganisation } from '../testing/admin-fixtures';
import { UserStatusService } from '../users/user-status.service';
import { AuditTrailService } from './audit-trail.service';

describe('AuditTrailService on PostgreSQL', () => {
  let db: TestDatabase;
  let audit: AuditTrailService;

  beforeAll(async () => {
    // Room for 20 concurrent changes and a connection that holds a lock.
    db = await createTestDatabase({ poolSize: 22 });
    audit = new AuditTrailService(db.dataSource);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  it('lists one entity’s changes newest first, with the actor’s name and only the changed fields', async () => {
    const status = new UserStatusService(db.dataSource);
    await status.deactivate(ADA, 'U-MIA', 'parental leave');
    await status.reactivate(BEN, 'U-MIA');
    const trail = await audit.trail('user', 'U-MIA');
    expect(trail.map(({ action, actor, reason, changes }) => ({ action, actor, reason, changes }))).toEqual([
      {
        action: 'user.reactivate',
        actor: { id: 'U-BEN', displayName: 'Ben Admin' },
        reason: null,
        changes: [{ field: 'active', before: 'false', after: 'true' }],
      },
      {
        action: 'user.deactivate',
        actor: { id: 'U-ADA', displayName: 'Ada Admin' },
        reason: 'parental leave',
        changes: [{ field: 'active', before: 'true', after: 'false' }],
      },
    ]);
    expect(trail[0].occurredAt).toBeInstanceOf(Date);
    expect(Number(trail[0].id)).toBeGreaterThan(Number(trail[1].id));
  });

  it('shows the team side of the same transaction under the team', async () => {
    await new UserStatusService(db.dataSource).deactivate(ADA, 'U-MIA');
    const [entry, ...more] = await audit.trail('team', 'T-N1');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'team.update',
      reason: 'manager Mia Manager deactivated',
      changes: [{ field: 'managerUserId', before: 'U-MIA', after: null }],
    });
  });

  it('shows entries of the system without an actor, and nothing for an entity without changes', async () => {
    await db.dataSource.query(
      `INSERT INTO audit_log (actor_user_id, action, entity_type, entity_id, after) VALUES (NULL, 'team.create', 'team', 'T-S1', '{"name":"South 1"}')`,
    );
    expect(await audit.trail('team', 'T-S1')).toMatchObject([
      { actor: null, changes: [{ field: 'name', after: 'South 1' }] },
    ]);
    expect(await audit.trail('region', 'R-NORTH')).toEqual([]);
  });

  it('refuses a malformed entity type or id on its field', async () => {
    await expect(audit.trail('User!', 'U-1')).rejects.toThrow('entityType: must be an entity type');
    await expect(audit.trail('user', '')).rejects.toThrow(ValidationError);
    await expect(audit.trail('user', '')).rejects.toThrow('entityId: must be 1–64');
  });

  /** Resolves once `count` sessions of this database wait for a lock. */
  async function lockWaiters(count: number): Promise<void> {
    for (let attempt = 0; attempt < 500; attempt++) {
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (n >= count) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`never saw ${count} session(s) waiting for a lock`);
  }

  it('lists a change that began first but committed last as the newest', async () => {
    const teams = new TeamAdminService(db.dataSource);
    // Holding the manager's row makes the first rename wait after its transaction has begun.
    const holder = db.dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM app_user WHERE user_id = 'U-MIA' FOR UPDATE`);
    const late = teams.update(ADA, { id: 'T-N1', name: 'Began first', regionId: 'R-NORTH', managerUserId: 'U-MIA' });
    await lockWaiters(1);
    await teams.update(ADA, { id: 'T-N1', name: 'Began second', regionId: 'R-NORTH', managerUserId: null });
    await holder.rollbackTransaction();
    await holder.release();
    expect(await late).toMatchObject({ name: 'Began first' });
    const trail = await audit.trail('team', 'T-N1');
    expect(trail.map((entry) => entry.changes.find((change) => change.field === 'name')?.after)).toEqual([
      'Began first',
      'Began second',
    ]);
    expect(trail[0].occurredAt.getTime()).toBeGreaterThanOrEqual(trail[1].occurredAt.getTime());
  });

  it('names the current name in the newest entry after 20 concurrent renames of one team', async () => {
    const teams = new TeamAdminService(db.dataSource);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          teams.update(ADA, { id: 'T-N1', name: `North ${round}.${i}`, regionId: 'R-NORTH', managerUserId: 'U-MIA' }),
        ),
      );
      const [{ name }] = await db.dataSource.query(`SELECT name FROM team WHERE team_id = 'T-N1'`);
      const [newest] = await audit.trail('team', 'T-N1');
      expect(newest.changes.find((change) => change.field === 'name')?.after).toBe(name);
    }
  });
});
