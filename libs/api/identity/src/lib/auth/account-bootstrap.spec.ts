import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { AccountBootstrap } from './account-bootstrap';
import { PasswordHasher } from './password-hasher';
import { UserAccounts } from './user-accounts';

const DEMO_PASSWORD = 'demo-password';
const FIRST_ADMIN = { email: 'first@x.test', password: 'a-long-enough-password' };

describe('AccountBootstrap on PostgreSQL', () => {
  let db: TestDatabase;
  let bootstrap: AccountBootstrap;
  let demoHash: string;
  let ownHash: string;

  const query = <T>(sql: string, parameters?: unknown[]): Promise<T[]> => db.dataSource.query(sql, parameters);

  beforeAll(async () => {
    db = await createTestDatabase();
    const hasher = new PasswordHasher();
    bootstrap = new AccountBootstrap(new UserAccounts(db.dataSource), hasher, db.dataSource);
    [demoHash, ownHash] = await Promise.all([hasher.hash(DEMO_PASSWORD), hasher.hash('my-own-long-password')]);
  });

  beforeEach(async () => {
    await query('TRUNCATE audit_log, refresh_token, app_user CASCADE');
    await query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash) VALUES
         ('U-ADMIN', 'admin@demo.local', 'Demo admin', 'ADMIN', $1),
         ('U-REP', 'rep@demo.local', 'Demo rep', 'SALES_REP', $2),
         ('U-NEW', 'new@demo.local', 'Imported', 'MARKETING', NULL)`,
      [demoHash, ownHash],
    );
    await query(
      `INSERT INTO refresh_token (token_hash, family_id, user_id, csrf_hash, expires_at, family_expires_at)
       SELECT 'token-' || user_id, gen_random_uuid(), user_id, 'csrf', now() + interval '1 hour', now() + interval '1 day'
       FROM app_user`,
    );
  });

  afterAll(async () => {
    await db.drop();
  });

  describe('removeDemoPasswords', () => {
    const emails = ['admin@demo.local', 'rep@demo.local', 'new@demo.local', 'missing@demo.local'];

    it('takes the demo password from the accounts holding it, ends their sessions and audits each', async () => {
      expect(await bootstrap.removeDemoPasswords(emails, DEMO_PASSWORD)).toEqual(['admin@demo.local']);

      expect(await query('SELECT user_id, password_hash IS NOT NULL AS has_password FROM app_user ORDER BY 1')).toEqual(
        [
          { user_id: 'U-ADMIN', has_password: false },
          { user_id: 'U-NEW', has_password: false },
          { user_id: 'U-REP', has_password: true },
        ],
      );
      expect(await query('SELECT user_id, revoked_why FROM refresh_token ORDER BY 1')).toEqual([
        { user_id: 'U-ADMIN', revoked_why: 'DEMO_PASSWORD_REMOVED' },
        { user_id: 'U-NEW', revoked_why: null },
        { user_id: 'U-REP', revoked_why: null },
      ]);
      expect(await query('SELECT actor_user_id, action, entity_id, before, after FROM audit_log')).toEqual([
        {
          actor_user_id: null,
          action: 'user.remove-demo-password',
          entity_id: 'U-ADMIN',
          before: { hasPassword: true },
          after: { hasPassword: false },
        },
      ]);
    });

    it('changes nothing on the next start', async () => {
      await bootstrap.removeDemoPasswords(emails, DEMO_PASSWORD);
      expect(await bootstrap.removeDemoPasswords(emails, DEMO_PASSWORD)).toEqual([]);
      expect(await query('SELECT count(*)::int AS entries FROM audit_log')).toEqual([{ entries: 1 }]);
    });
  });

  describe('ensureFirstAdmin', () => {
    it('creates none while an active ADMIN can sign in', async () => {
      expect(await bootstrap.ensureFirstAdmin(FIRST_ADMIN)).toBe(false);
    });

    it('creates the first administrator once the only ADMIN lost the demo password', async () => {
      await bootstrap.removeDemoPasswords(['admin@demo.local'], DEMO_PASSWORD);
      expect(await bootstrap.ensureFirstAdmin(FIRST_ADMIN)).toBe(true);
      expect(await query(`SELECT role FROM app_user WHERE email = $1`, [FIRST_ADMIN.email])).toEqual([
        { role: 'ADMIN' },
      ]);
      expect(await bootstrap.ensureFirstAdmin({ ...FIRST_ADMIN, email: 'second@x.test' })).toBe(false);
    });

    it('refuses an ADMIN_EMAIL that belongs to an existing user', async () => {
      await query(`UPDATE app_user SET active = false WHERE user_id = 'U-ADMIN'`);
      await expect(bootstrap.ensureFirstAdmin({ ...FIRST_ADMIN, email: 'REP@demo.local' })).rejects.toThrow(
        'ADMIN_EMAIL REP@demo.local belongs to an existing user; choose a new address for the administrator',
      );
    });
  });
});
