import { PasswordHasher } from '@salesdash/api/identity';
import { ConflictError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ADA, auditRows, insertSession, seedOrganisation, sessionsOf } from '../testing/admin-fixtures';
import { PasswordResetService } from './password-reset.service';

describe('PasswordResetService on PostgreSQL', () => {
  let db: TestDatabase;
  let hasher: PasswordHasher;
  let passwords: PasswordResetService;

  beforeAll(async () => {
    db = await createTestDatabase();
    hasher = new PasswordHasher();
    passwords = new PasswordResetService(db.dataSource, hasher);
  });

  beforeEach(() => seedOrganisation(db.dataSource));

  afterAll(async () => {
    await db.drop();
  });

  async function passwordOf(userId: string): Promise<{ password_hash: string | null; must_change_password: boolean }> {
    const [row] = await db.dataSource.query(
      'SELECT password_hash, must_change_password FROM app_user WHERE user_id = $1',
      [userId],
    );
    return row;
  }

  it('gives an imported user without a password a temporary one, stored only as an argon2id hash', async () => {
    const { user, temporaryPassword } = await passwords.reset(ADA, 'U-REX');
    expect(user).toMatchObject({ id: 'U-REX', hasPassword: true, mustChangePassword: true });
    const stored = await passwordOf('U-REX');
    expect(stored.must_change_password).toBe(true);
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.password_hash).not.toContain(temporaryPassword);
    expect(await hasher.verify(stored.password_hash, temporaryPassword)).toBe(true);
  });

  it('ends the user’s sessions and audits the reset without the password', async () => {
    await insertSession(db.dataSource, 'U-MEG');
    await insertSession(db.dataSource, 'U-MIA');
    const { temporaryPassword } = await passwords.reset(ADA, 'U-MEG');
    expect(await sessionsOf(db.dataSource, 'U-MEG')).toEqual({ live: 0, revokedWhy: ['PASSWORD_RESET'] });
    expect(await sessionsOf(db.dataSource, 'U-MIA')).toEqual({ live: 1, revokedWhy: [] });
    const audit = await auditRows(db.dataSource);
    expect(audit).toEqual([
      {
        actor_user_id: 'U-ADA',
        action: 'user.reset-password',
        entity_type: 'user',
        entity_id: 'U-MEG',
        before: { hasPassword: true, mustChangePassword: false },
        after: { hasPassword: true, mustChangePassword: true },
        reason: null,
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
    const [{ found }] = await db.dataSource.query(
      `SELECT count(*)::int AS found FROM audit_log WHERE before::text LIKE $1 OR after::text LIKE $1`,
      [`%${temporaryPassword}%`],
    );
    expect(found).toBe(0);
  });

  it('answers a different password on every reset', async () => {
    const first = await passwords.reset(ADA, 'U-MEG');
    const second = await passwords.reset(ADA, 'U-MEG');
    expect(first.temporaryPassword).not.toBe(second.temporaryPassword);
    expect(await hasher.verify((await passwordOf('U-MEG')).password_hash, first.temporaryPassword)).toBe(false);
  });

  it.each([
    ['an unknown user', 'U-NOPE', ValidationError, "userId: unknown user 'U-NOPE'"],
    ['a bad id', 'a b', ValidationError, 'userId: must be 1–64'],
    [
      'their own password',
      'U-ADA',
      ConflictError,
      'userId: you cannot reset your own password; another administrator has to',
    ],
  ] as const)('refuses resetting %s and changes nothing', async (_name, userId, type, message) => {
    await insertSession(db.dataSource, 'U-ADA');
    const before = await Promise.all([passwordOf('U-ADA'), sessionsOf(db.dataSource, 'U-ADA')]);
    await expect(passwords.reset(ADA, userId)).rejects.toThrow(type);
    await expect(passwords.reset(ADA, userId)).rejects.toThrow(message);
    expect(await Promise.all([passwordOf('U-ADA'), sessionsOf(db.dataSource, 'U-ADA')])).toEqual(before);
    expect(await auditRows(db.dataSource)).toEqual([]);
  });

  it('keeps the old password and the sessions when the audit entry cannot be written', async () => {
    await insertSession(db.dataSource, 'U-MEG');
    await expect(passwords.reset({ ...ADA, userId: 'U-GHOST' }, 'U-MEG')).rejects.toThrow(/audit_log/);
    expect(await passwordOf('U-MEG')).toEqual({ password_hash: 'hash-meg', must_change_password: false });
    expect(await sessionsOf(db.dataSource, 'U-MEG')).toEqual({ live: 1, revokedWhy: [] });
  });
});
