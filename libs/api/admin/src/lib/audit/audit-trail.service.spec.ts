import { ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, BEN, seedOrganisation } from '../testing/admin-fixtures';
import { UserStatusService } from '../users/user-status.service';
import { AuditTrailService } from './audit-trail.service';

describe('AuditTrailService on PostgreSQL', () => {
  let db: TestDatabase;
  let audit: AuditTrailService;

  beforeAll(async () => {
    db = await createTestDatabase();
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
});
