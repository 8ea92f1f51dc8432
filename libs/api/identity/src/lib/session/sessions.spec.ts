import { JwtService } from '@nestjs/jwt';
import { ForbiddenError, readDataVersions, UnauthenticatedError, ValidationError } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { AuthService } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { PasswordHasher } from '../auth/password-hasher';
import { TokenService } from '../auth/token.service';
import { UserAccounts } from '../auth/user-accounts';
import { RefreshTokens } from './refresh-tokens';
import { revokeSessionsOfUser } from './session-revocation';

const PASSWORD = 'a-long-enough-password';
const IP = '192.0.2.10';

describe('sessions on PostgreSQL: rotating refresh tokens, sign-out, password change', () => {
  let db: TestDatabase;
  let auth: AuthService;
  let accounts: UserAccounts;

  const query = <T>(sql: string, parameters?: unknown[]): Promise<T[]> => db.dataSource.query(sql, parameters);

  beforeAll(async () => {
    db = await createTestDatabase();
    const hasher = new PasswordHasher();
    accounts = new UserAccounts(db.dataSource);
    auth = new AuthService(
      accounts,
      hasher,
      new TokenService(new JwtService({ secret: 'x'.repeat(40) })),
      new LoginThrottle({ windowMs: 60_000, perAccount: 1000, perClientIp: 1000, maxKeys: 100 }),
      new RefreshTokens(db.dataSource),
      db.dataSource,
    );
    const passwordHash = await hasher.hash(PASSWORD);
    await query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash) VALUES
         ('U1', 'one@x.test', 'One', 'MANAGEMENT', $1), ('U2', 'two@x.test', 'Two', 'MARKETING', $1)`,
      [passwordHash],
    );
  });

  afterAll(async () => {
    await db.drop();
  });

  it('signs in with a 10-minute access token and a refresh token that is stored only as a hash', async () => {
    const before = Date.now();
    const signedIn = await auth.login('one@x.test', PASSWORD, IP);
    expect(signedIn.expiresAt.getTime() - before).toBeGreaterThan(9 * 60_000);
    expect(signedIn.expiresAt.getTime() - before).toBeLessThanOrEqual(10 * 60_000 + 1_000);
    expect(await auth.authenticate(signedIn.token)).toMatchObject({ account: { userId: 'U1' } });
    const stored = await query<{ token_hash: string }>(`SELECT token_hash FROM refresh_token WHERE family_id = $1`, [
      signedIn.session.sessionId,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(signedIn.session.refreshToken);
  });

  it('reads the data versions with the session, current as of that statement', async () => {
    const signedIn = await auth.login('one@x.test', PASSWORD, IP);
    const first = await auth.authenticate(signedIn.token);
    expect(first?.dataVersions).toEqual(await readDataVersions(db.dataSource));
    await query(`UPDATE data_version SET version = version + 1 WHERE domain = 'targets'`);
    const second = await auth.authenticate(signedIn.token);
    expect(second?.dataVersions).toEqual({
      ...first?.dataVersions,
      targets: String(Number(first?.dataVersions.targets) + 1),
    });
  });

  it('rotates: a refresh gives new tokens in the same session, and the old refresh token is spent', async () => {
    const first = await auth.login('one@x.test', PASSWORD, IP);
    const second = await auth.refresh(first.session.refreshToken, first.session.csrfToken);
    expect(second.session.sessionId).toBe(first.session.sessionId);
    expect(second.session.refreshToken).not.toBe(first.session.refreshToken);
    expect(second.session.csrfToken).toBe(first.session.csrfToken);
    const third = await auth.refresh(second.session.refreshToken, second.session.csrfToken);
    expect(await auth.authenticate(third.token)).toMatchObject({ account: { userId: 'U1' } });
  });

  it('revokes the whole session when a spent refresh token comes back, and every access token of it dies', async () => {
    const owner = await auth.login('one@x.test', PASSWORD, IP);
    const rotated = await auth.refresh(owner.session.refreshToken, owner.session.csrfToken);
    await expect(auth.refresh(owner.session.refreshToken, owner.session.csrfToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await expect(auth.refresh(rotated.session.refreshToken, rotated.session.csrfToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(await auth.authenticate(rotated.token)).toBeUndefined();
    const reasons = await query<{ revoked_why: string }>(
      `SELECT DISTINCT revoked_why FROM refresh_token WHERE family_id = $1`,
      [owner.session.sessionId],
    );
    expect(reasons).toEqual([{ revoked_why: 'REUSE_DETECTED' }]);
  });

  it('refuses a refresh without the CSRF token of the session, and spends nothing', async () => {
    const signedIn = await auth.login('one@x.test', PASSWORD, IP);
    const other = await auth.login('two@x.test', PASSWORD, IP);
    await expect(auth.refresh(signedIn.session.refreshToken, undefined)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auth.refresh(signedIn.session.refreshToken, other.session.csrfToken)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(auth.refresh(signedIn.session.refreshToken, signedIn.session.csrfToken)).resolves.toBeDefined();
  });

  it('refuses unknown, missing and expired refresh tokens', async () => {
    await expect(auth.refresh(undefined, undefined)).rejects.toThrow('No session to refresh; sign in');
    await expect(auth.refresh('made-up', 'made-up')).rejects.toBeInstanceOf(UnauthenticatedError);
    const signedIn = await auth.login('one@x.test', PASSWORD, IP);
    await query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE family_id = $1`, [
      signedIn.session.sessionId,
    ]);
    await expect(auth.refresh(signedIn.session.refreshToken, signedIn.session.csrfToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('signs out: the refresh token and the access token of that session stop working, other sessions go on', async () => {
    const here = await auth.login('one@x.test', PASSWORD, IP);
    const elsewhere = await auth.login('one@x.test', PASSWORD, IP);
    await expect(auth.logout({ refreshToken: here.session.refreshToken, csrfToken: 'wrong' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await auth.logout({ refreshToken: here.session.refreshToken, csrfToken: here.session.csrfToken });
    expect(await auth.authenticate(here.token)).toBeUndefined();
    await expect(auth.refresh(here.session.refreshToken, here.session.csrfToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(await auth.authenticate(elsewhere.token)).toMatchObject({ account: { userId: 'U1' } });
  });

  it('signs out with the access token alone: its session ends, the refresh token with it, others go on', async () => {
    const here = await auth.login('one@x.test', PASSWORD, IP);
    const elsewhere = await auth.login('one@x.test', PASSWORD, IP);
    await auth.logout({ accessToken: here.token });
    expect(await auth.authenticate(here.token)).toBeUndefined();
    await expect(auth.refresh(here.session.refreshToken, here.session.csrfToken)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(await auth.authenticate(elsewhere.token)).toMatchObject({ account: { userId: 'U1' } });
    const reasons = await query<{ revoked_why: string }>(`SELECT revoked_why FROM refresh_token WHERE family_id = $1`, [
      here.session.sessionId,
    ]);
    expect(reasons).toEqual([{ revoked_why: 'LOGOUT' }]);
  });

  it('ends nothing on a sign-out without credentials, with a forged token, or with a wrong CSRF token', async () => {
    const signedIn = await auth.login('one@x.test', PASSWORD, IP);
    await auth.logout({});
    await auth.logout({ accessToken: `${signedIn.token.slice(0, -4)}AAAA` });
    await expect(
      auth.logout({ accessToken: signedIn.token, refreshToken: signedIn.session.refreshToken, csrfToken: 'wrong' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auth.authenticate(signedIn.token)).toMatchObject({ account: { userId: 'U1' } });
  });

  it('ends every session of a deactivated user at once', async () => {
    const signedIn = await auth.login('two@x.test', PASSWORD, IP);
    await query(`UPDATE app_user SET active = false WHERE user_id = 'U2'`);
    try {
      expect(await auth.authenticate(signedIn.token)).toBeUndefined();
      await expect(auth.refresh(signedIn.session.refreshToken, signedIn.session.csrfToken)).rejects.toBeInstanceOf(
        UnauthenticatedError,
      );
    } finally {
      await query(`UPDATE app_user SET active = true WHERE user_id = 'U2'`);
    }
    expect(await auth.authenticate(signedIn.token)).toBeUndefined();
  });

  it('revokeSessionsOfUser ends every session of that user only', async () => {
    const one = await auth.login('one@x.test', PASSWORD, IP);
    const two = await auth.login('two@x.test', PASSWORD, IP);
    await revokeSessionsOfUser(db.dataSource, 'U2', 'PASSWORD_RESET');
    expect(await auth.authenticate(two.token)).toBeUndefined();
    expect(await auth.authenticate(one.token)).toMatchObject({ account: { userId: 'U1' } });
  });

  describe('changePassword', () => {
    beforeAll(async () => {
      await query(`UPDATE app_user SET must_change_password = true WHERE user_id = 'U2'`);
    });

    it('reports mustChangePassword at sign-in', async () => {
      expect((await auth.login('two@x.test', PASSWORD, IP)).mustChangePassword).toBe(true);
    });

    it.each([
      ['short-pass', 'must have at least 12 characters'],
      [PASSWORD, 'must differ from the current password'],
      ['TWO@x.test  ', 'must not be your e-mail address'],
      ['x'.repeat(257), 'must have at most 256 characters'],
    ])('refuses %s as a new password and changes nothing', async (newPassword, message) => {
      const signedIn = await auth.login('two@x.test', PASSWORD, IP);
      const error = await auth
        .changePassword(signedIn.viewer, { currentPassword: PASSWORD, newPassword }, IP)
        .catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toMatchObject([{ field: 'newPassword', message }]);
      expect(await auth.authenticate(signedIn.token)).toMatchObject({ account: { mustChangePassword: true } });
    });

    it('refuses a wrong current password', async () => {
      const signedIn = await auth.login('two@x.test', PASSWORD, IP);
      await expect(
        auth.changePassword(signedIn.viewer, { currentPassword: 'wrong', newPassword: 'a-new-long-password' }, IP),
      ).rejects.toThrow('currentPassword: is wrong');
    });

    it('sets the password, lifts the duty, ends the other sessions, keeps this one going, and audits', async () => {
      const other = await auth.login('two@x.test', PASSWORD, IP);
      const here = await auth.login('two@x.test', PASSWORD, IP);
      const changed = await auth.changePassword(
        here.viewer,
        { currentPassword: PASSWORD, newPassword: 'a-new-long-password' },
        IP,
      );
      expect(changed.mustChangePassword).toBe(false);
      expect(await auth.authenticate(changed.token)).toMatchObject({
        account: { userId: 'U2', mustChangePassword: false },
      });
      expect(await auth.authenticate(other.token)).toBeUndefined();
      expect(await auth.authenticate(here.token)).toBeUndefined();
      await expect(auth.login('two@x.test', PASSWORD, IP)).rejects.toBeInstanceOf(UnauthenticatedError);
      await expect(auth.login('two@x.test', 'a-new-long-password', IP)).resolves.toBeDefined();
      const audit = await query(
        `SELECT actor_user_id, action, before, after FROM audit_log WHERE entity_type = 'user' AND entity_id = 'U2'`,
      );
      expect(audit).toEqual([
        {
          actor_user_id: 'U2',
          action: 'user.change-password',
          before: { mustChangePassword: true },
          after: { mustChangePassword: false },
        },
      ]);
    });
  });
});
