import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, auditRows, seedOrganisation } from '../testing/admin-fixtures';
import { UserAdminService } from './user-admin.service';

const NEW_USER = {
  id: 'U-NEW',
  email: 'New.Person@X.test',
  displayName: 'New Person',
  role: 'SALES_REP',
  teamId: 'T-S1',
} as const;

describe('UserAdminService on PostgreSQL', () => {
  let db: TestDatabase;
  let users: UserAdminService;

  beforeAll(async () => {
    db = await createTestDatabase();
    users = new UserAdminService(db.dataSource);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  function userRows() {
    return db.dataSource.query('SELECT * FROM app_user ORDER BY user_id');
  }

  async function expectRefused(
    attempt: () => Promise<unknown>,
    type: typeof ValidationError | typeof ConflictError,
    message: string,
    field: string,
  ) {
    const before = await userRows();
    const error: unknown = await attempt().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toBe(message);
    expect((error as ConflictError).details['field']).toBe(field);
    expect(await userRows()).toEqual(before);
    expect(await auditRows(db.dataSource)).toEqual([]);
  }

  describe('list', () => {
    it('orders by display name then id and tells password and status apart', async () => {
      const page = await users.list(undefined);
      expect(page.totalCount).toBe(6);
      expect(page.users.map((user) => user.displayName)).toEqual([
        'Ada Admin',
        'Ben Admin',
        'Max Manager',
        'Meg Marketing',
        'Mia Manager',
        'Rex Rep',
      ]);
      expect(page.users.find((user) => user.id === 'U-REX')).toMatchObject({
        email: 'rex@x.test',
        role: 'SALES_REP',
        team: { id: 'T-N1', name: 'North 1' },
        active: true,
        hasPassword: false,
        mustChangePassword: false,
      });
      expect(page.users.find((user) => user.id === 'U-MAX')).toMatchObject({
        active: false,
        hasPassword: true,
        team: null,
      });
      expect(page.users[0].createdAt).toBeInstanceOf(Date);
    });

    it('searches name and e-mail ignoring case, with wildcards taken literally', async () => {
      expect((await users.list({ search: 'MANAGER' })).users.map((user) => user.id)).toEqual(['U-MAX', 'U-MIA']);
      expect((await users.list({ search: 'rex@X' })).users.map((user) => user.id)).toEqual(['U-REX']);
      expect((await users.list({ search: '%' })).totalCount).toBe(0);
      expect((await users.list({ search: '_' })).totalCount).toBe(0);
    });

    it('filters by role, team and status', async () => {
      expect((await users.list({ role: 'SALES_MANAGER', active: true })).users.map((user) => user.id)).toEqual([
        'U-MIA',
      ]);
      expect((await users.list({ active: false })).users.map((user) => user.id)).toEqual(['U-MAX']);
      expect((await users.list({ teamId: 'T-N1' })).users.map((user) => user.id)).toEqual(['U-REX']);
    });

    it('pages in a stable order, counting every match', async () => {
      await db.dataSource.query(`
        INSERT INTO app_user (user_id, email, display_name, role) VALUES
          ('U-SAM2', 'sam2@x.test', 'Sam', 'SALES_REP'), ('U-SAM1', 'sam1@x.test', 'Sam', 'SALES_REP')`);
      const first = await users.list({ search: 'sam' }, 1, 0);
      const second = await users.list({ search: 'sam' }, 1, 1);
      expect([first.totalCount, second.totalCount]).toEqual([2, 2]);
      expect([...first.users, ...second.users].map((user) => user.id)).toEqual(['U-SAM1', 'U-SAM2']);
      expect((await users.list({ search: 'sam' }, 10, 5)).users).toEqual([]);
    });

    it('refuses a bad page size, offset, search and team id on their fields', async () => {
      await expect(users.list(undefined, 0)).rejects.toThrow('first: must be a whole number from 1 to 500 (got 0)');
      await expect(users.list(undefined, 501)).rejects.toThrow(ValidationError);
      await expect(users.list(undefined, 10, -1)).rejects.toThrow('offset: must be a whole number');
      await expect(users.list({ search: 'x'.repeat(101) })).rejects.toThrow('filter.search: must be at most 100');
      await expect(users.list({ teamId: 'a b' })).rejects.toThrow('filter.teamId: must be 1–64');
    });
  });

  describe('create', () => {
    it('creates a user without a password and audits the CSV columns', async () => {
      const created = await users.create(ADA, NEW_USER);
      expect(created).toMatchObject({
        id: 'U-NEW',
        email: 'New.Person@X.test',
        team: { id: 'T-S1', name: 'South 1' },
        active: true,
        hasPassword: false,
        mustChangePassword: false,
      });
      expect(await auditRows(db.dataSource)).toEqual([
        {
          actor_user_id: 'U-ADA',
          action: 'user.create',
          entity_type: 'user',
          entity_id: 'U-NEW',
          before: null,
          after: { email: 'New.Person@X.test', displayName: 'New Person', role: 'SALES_REP', teamId: 'T-S1' },
          reason: null,
        },
      ]);
    });

    it.each([
      [{ id: 'U-REX' }, ConflictError, "input.id: user 'U-REX' already exists", 'input.id'],
      [
        { email: ' REX@x.TEST ' },
        ConflictError,
        "input.email: e-mail 'REX@x.TEST' is already used by user U-REX (ignoring case)",
        'input.email',
      ],
      [{ teamId: 'T-NOPE' }, ValidationError, "input.teamId: unknown team 'T-NOPE'", 'input.teamId'],
      [
        { email: 'not-an-address' },
        ValidationError,
        "input.email: must be an e-mail address like name@example.com (got 'not-an-address')",
        'input.email',
      ],
      [{ displayName: '  ' }, ValidationError, 'input.displayName: must not be empty', 'input.displayName'],
    ] as const)('refuses %p', async (change, type, message, field) => {
      await expectRefused(() => users.create(ADA, { ...NEW_USER, ...change }), type, message, field);
    });

    it('turns a concurrent insert of the same e-mail into CONFLICT on input.email', async () => {
      const results = await Promise.allSettled([
        users.create(ADA, { ...NEW_USER, id: 'U-ONE' }),
        users.create(ADA, { ...NEW_USER, id: 'U-TWO', email: 'new.person@x.test' }),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(ConflictError);
      expect(refused.reason.details.field).toBe('input.email');
      expect(await auditRows(db.dataSource)).toHaveLength(1);
    });
  });

  describe('update', () => {
    it('changes e-mail, name, role and team and audits before and after', async () => {
      const updated = await users.update(ADA, {
        id: 'U-REX',
        email: 'rex.new@x.test',
        displayName: 'Rex Senior',
        role: 'SALES_MANAGER',
        teamId: null,
      });
      expect(updated).toMatchObject({
        email: 'rex.new@x.test',
        displayName: 'Rex Senior',
        role: 'SALES_MANAGER',
        team: null,
      });
      expect(await auditRows(db.dataSource)).toMatchObject([
        {
          action: 'user.update',
          entity_id: 'U-REX',
          before: { email: 'rex@x.test', displayName: 'Rex Rep', role: 'SALES_REP', teamId: 'T-N1' },
          after: { email: 'rex.new@x.test', displayName: 'Rex Senior', role: 'SALES_MANAGER', teamId: null },
        },
      ]);
    });

    it('lets a user keep their e-mail in another case, and writes nothing when nothing changes', async () => {
      const same = {
        id: 'U-REX',
        email: 'rex@x.test',
        displayName: 'Rex Rep',
        role: 'SALES_REP',
        teamId: 'T-N1',
      } as const;
      await users.update(ADA, same);
      expect(await auditRows(db.dataSource)).toEqual([]);
      expect(await users.update(ADA, { ...same, email: 'REX@x.test' })).toMatchObject({ email: 'REX@x.test' });
    });

    it('refuses an unknown user and an e-mail of another user', async () => {
      const rex = {
        id: 'U-REX',
        email: 'rex@x.test',
        displayName: 'Rex Rep',
        role: 'SALES_REP',
        teamId: 'T-N1',
      } as const;
      await expectRefused(
        () => users.update(ADA, { ...rex, id: 'U-NOPE' }),
        ValidationError,
        "input.id: unknown user 'U-NOPE'",
        'input.id',
      );
      await expectRefused(
        () => users.update(ADA, { ...rex, email: 'Mia@x.test' }),
        ConflictError,
        "input.email: e-mail 'Mia@x.test' is already used by user U-MIA (ignoring case)",
        'input.email',
      );
    });

    it('refuses taking the manager role from someone who still manages a team', async () => {
      await expectRefused(
        () => users.update(ADA, { id: 'U-MIA', email: 'mia@x.test', displayName: 'Mia Manager', role: 'SALES_REP' }),
        ConflictError,
        "input.role: Mia Manager manages 'North 1': give those teams another manager first",
        'input.role',
      );
    });

    it('refuses an administrator demoting themself', async () => {
      await expectRefused(
        () => users.update(ADA, { id: 'U-ADA', email: 'ada@x.test', displayName: 'Ada Admin', role: 'MANAGEMENT' }),
        ConflictError,
        'input.role: you cannot take the ADMIN role from yourself; another administrator has to',
        'input.role',
      );
    });

    it('lets an administrator demote another while one stays, never the last active one', async () => {
      await users.update(ADA, { id: 'U-BEN', email: 'ben@x.test', displayName: 'Ben Admin', role: 'MANAGEMENT' });
      expect(await auditRows(db.dataSource)).toMatchObject([{ action: 'user.update', entity_id: 'U-BEN' }]);
      await db.dataSource.query('TRUNCATE audit_log');
      // Ada lost her own role meanwhile (another session): Ben's demotion would leave no active ADMIN.
      await db.dataSource.query(`UPDATE app_user SET role = CASE user_id WHEN 'U-BEN' THEN 'ADMIN' ELSE 'MANAGEMENT' END
                                 WHERE user_id IN ('U-ADA', 'U-BEN')`);
      await expectRefused(
        () => users.update(ADA, { id: 'U-BEN', email: 'ben@x.test', displayName: 'Ben Admin', role: 'MANAGEMENT' }),
        ConflictError,
        'input.role: Ben Admin is the last active administrator; make another user an active ADMIN first',
        'input.role',
      );
    });
  });
});
