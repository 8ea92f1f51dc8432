import { PasswordHasher } from '@salesdash/api/identity';
import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, auditRows, BEN, insertSession, seedOrganisation, sessionsOf } from '../testing/admin-fixtures';
import { TeamAdminService } from '../teams/team-admin.service';
import { PasswordResetService } from './password-reset.service';
import { UserStatusService } from './user-status.service';

describe('UserStatusService on PostgreSQL', () => {
  let db: TestDatabase;
  let status: UserStatusService;

  beforeAll(async () => {
    db = await createTestDatabase();
    status = new UserStatusService(db.dataSource);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  function state() {
    return Promise.all([
      db.dataSource.query('SELECT user_id, active FROM app_user ORDER BY user_id'),
      db.dataSource.query('SELECT team_id, manager_user_id FROM team ORDER BY team_id'),
      db.dataSource.query('SELECT token_hash, revoked_at FROM refresh_token ORDER BY token_hash'),
      auditRows(db.dataSource),
    ]);
  }

  async function expectRefused(
    attempt: () => Promise<unknown>,
    type: typeof ValidationError | typeof ConflictError,
    message: string,
  ) {
    const before = await state();
    await expect(attempt()).rejects.toThrow(type);
    await expect(attempt()).rejects.toThrow(message);
    expect(await state()).toEqual(before);
  }

  it('deactivates a user, ends every session of theirs (not others’) and audits the reason', async () => {
    await insertSession(db.dataSource, 'U-REX');
    await insertSession(db.dataSource, 'U-REX');
    await insertSession(db.dataSource, 'U-MEG');
    const user = await status.deactivate(ADA, 'U-REX', '  left the company ');
    expect(user).toMatchObject({ id: 'U-REX', active: false });
    expect(await sessionsOf(db.dataSource, 'U-REX')).toEqual({ live: 0, revokedWhy: ['DEACTIVATED', 'DEACTIVATED'] });
    expect(await sessionsOf(db.dataSource, 'U-MEG')).toEqual({ live: 1, revokedWhy: [] });
    expect(await auditRows(db.dataSource)).toEqual([
      {
        actor_user_id: 'U-ADA',
        action: 'user.deactivate',
        entity_type: 'user',
        entity_id: 'U-REX',
        before: { active: true },
        after: { active: false },
        reason: 'left the company',
      },
    ]);
  });

  it('releases the teams of a deactivated manager, each release audited', async () => {
    await status.deactivate(ADA, 'U-MIA');
    expect(await db.dataSource.query(`SELECT manager_user_id FROM team WHERE team_id = 'T-N1'`)).toEqual([
      { manager_user_id: null },
    ]);
    expect((await auditRows(db.dataSource)).map((row) => [row.action, row.entity_id, row.reason])).toEqual([
      ['team.update', 'T-N1', 'manager Mia Manager deactivated'],
      ['user.deactivate', 'U-MIA', null],
    ]);
  });

  it('reactivates a deactivated user and audits it', async () => {
    expect(await status.reactivate(ADA, 'U-MAX', 'back from leave')).toMatchObject({ id: 'U-MAX', active: true });
    expect(await auditRows(db.dataSource)).toMatchObject([
      {
        action: 'user.reactivate',
        entity_id: 'U-MAX',
        before: { active: false },
        after: { active: true },
        reason: 'back from leave',
      },
    ]);
  });

  it.each([
    [
      'deactivating an unknown user',
      () => status.deactivate(ADA, 'U-NOPE'),
      ValidationError,
      "userId: unknown user 'U-NOPE'",
    ],
    ['a bad id', () => status.deactivate(ADA, 'no such id'), ValidationError, 'userId: must be 1–64'],
    [
      'deactivating twice',
      () => status.deactivate(ADA, 'U-MAX'),
      ConflictError,
      'userId: Max Manager is already deactivated',
    ],
    [
      'reactivating an active user',
      () => status.reactivate(ADA, 'U-REX'),
      ConflictError,
      'userId: Rex Rep is already active',
    ],
    [
      'deactivating oneself',
      () => status.deactivate(ADA, 'U-ADA'),
      ConflictError,
      'userId: you cannot deactivate yourself; another administrator has to',
    ],
    [
      'a reason too long',
      () => status.deactivate(ADA, 'U-REX', 'x'.repeat(501)),
      ValidationError,
      'reason: must be at most 500',
    ],
  ] as const)('refuses %s and changes nothing', async (_name, attempt, type, message) => {
    await insertSession(db.dataSource, 'U-REX');
    await expectRefused(attempt, type, message);
  });

  it('never deactivates the last active administrator', async () => {
    // Ada's own account was deactivated meanwhile (her request had already passed the guard).
    await db.dataSource.query(`UPDATE app_user SET active = false WHERE user_id = 'U-ADA'`);
    await insertSession(db.dataSource, 'U-BEN');
    await expectRefused(
      () => status.deactivate(ADA, 'U-BEN'),
      ConflictError,
      'userId: Ben Admin is the last active administrator; make another user an active ADMIN first',
    );
  });

  it('lets only one of two administrators deactivating each other at once succeed', async () => {
    for (let round = 0; round < 5; round++) {
      await seedOrganisation(db.dataSource);
      const results = await Promise.allSettled([status.deactivate(ADA, 'U-BEN'), status.deactivate(BEN, 'U-ADA')]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(ConflictError);
      expect(refused.reason.message).toMatch(/is the last active administrator/);
      const [{ admins }] = await db.dataSource.query(
        `SELECT count(*)::int AS admins FROM app_user WHERE role = 'ADMIN' AND active`,
      );
      expect(admins).toBe(1);
    }
  });

  it('never leaves a team managed by a deactivated manager when both changes race', async () => {
    const teams = new TeamAdminService(db.dataSource);
    for (let round = 0; round < 5; round++) {
      await seedOrganisation(db.dataSource);
      const results = await Promise.allSettled([
        teams.update(BEN, { id: 'T-S1', name: 'South 1', regionId: 'R-SOUTH', managerUserId: 'U-MIA' }),
        status.deactivate(ADA, 'U-MIA'),
      ]);
      for (const result of results) {
        expect(result.status === 'fulfilled' || result.reason instanceof ValidationError).toBe(true);
      }
      expect(
        await db.dataSource.query(
          'SELECT t.team_id FROM team t JOIN app_user u ON u.user_id = t.manager_user_id WHERE NOT u.active',
        ),
      ).toEqual([]);
    }
  });

  it('lets two administrators reset each other’s password at once', async () => {
    const passwords = new PasswordResetService(db.dataSource, new PasswordHasher());
    const results = await Promise.allSettled([passwords.reset(ADA, 'U-BEN'), passwords.reset(BEN, 'U-ADA')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
