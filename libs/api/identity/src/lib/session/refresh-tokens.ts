import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, UnauthenticatedError } from '@salesdash/api/platform';
import { type RevocationReason, revokeSessionsOfUser } from './session-revocation';

/** A refresh token lives this long unused (a working day); each rotation starts it again… */
export const REFRESH_IDLE_SECONDS = 12 * 60 * 60;
/** …but a session (a family of rotated tokens) ends this long after sign-in, whatever happens. */
export const SESSION_MAX_SECONDS = 7 * 24 * 60 * 60;

/** The secrets handed to the browser: the refresh token (httpOnly cookie) and the CSRF token (readable). */
export interface SessionSecrets {
  readonly sessionId: string;
  readonly refreshToken: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface RotatedSession extends SessionSecrets {
  readonly userId: string;
}

interface TokenRow {
  family_id: string;
  user_id: string;
  csrf_hash: string;
  expires_at: Date;
  family_expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  active: boolean;
}

/** Only hashes are stored: a copy of the table lets nobody resume a session. */
function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sameDigest(secret: string, expectedDigest: string): boolean {
  const actual = Buffer.from(digest(secret), 'hex');
  const expected = Buffer.from(expectedDigest, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Sessions as families of single-use refresh tokens. Each refresh replaces the token; presenting a
 * replaced token again means it was copied, so the whole family is revoked (the thief's and the
 * owner's copies alike). The CSRF token is fixed per family and must accompany every cookie call.
 */
@Injectable()
export class RefreshTokens {
  constructor(private readonly dataSource: DataSource) {}

  /** Starts a new session for a user who just proved who they are. */
  async start(userId: string, runner: Pick<EntityManager, 'query'> = this.dataSource): Promise<SessionSecrets> {
    // Sessions that ended long ago tell nothing more: forget them as the user signs in again.
    await runner.query(
      `DELETE FROM refresh_token WHERE user_id = $1 AND family_expires_at < now() - interval '1 day'`,
      [userId],
    );
    const sessionId = randomUUID();
    const refreshToken = newSecret();
    const csrfToken = newSecret();
    const [{ expires_at }]: { expires_at: Date }[] = await runner.query(
      `INSERT INTO refresh_token (token_hash, family_id, user_id, csrf_hash, expires_at, family_expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), now() + make_interval(secs => $6))
       RETURNING expires_at`,
      [digest(refreshToken), sessionId, userId, digest(csrfToken), REFRESH_IDLE_SECONDS, SESSION_MAX_SECONDS],
    );
    return { sessionId, refreshToken, csrfToken, expiresAt: expires_at };
  }

  /**
   * Replaces a refresh token by a new one of the same family. Refuses a missing, unknown, expired
   * or revoked token and a deactivated user (UNAUTHENTICATED), a wrong CSRF token (FORBIDDEN), and
   * revokes the family when a replaced token comes back.
   */
  async rotate(refreshToken: string, csrfToken: string | undefined): Promise<RotatedSession> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const rows: TokenRow[] = await manager.query(
        `SELECT t.family_id, t.user_id, t.csrf_hash, t.expires_at, t.family_expires_at, t.rotated_at, t.revoked_at,
                u.active
         FROM refresh_token t JOIN app_user u USING (user_id)
         WHERE t.token_hash = $1
         FOR UPDATE OF t`,
        [digest(refreshToken)],
      );
      const row = rows[0];
      if (!row || row.revoked_at) {
        return { refused: new UnauthenticatedError('SESSION_ENDED', {}) };
      }
      if (!csrfToken || !sameDigest(csrfToken, row.csrf_hash)) {
        return { refused: new ForbiddenError('CSRF_TOKEN_MISMATCH', {}) };
      }
      if (row.rotated_at) {
        await this.revokeFamily(manager, row.family_id, 'REUSE_DETECTED');
        return { refused: new UnauthenticatedError('SESSION_ENDED', {}) };
      }
      if (!row.active) {
        await revokeSessionsOfUser(manager, row.user_id, 'DEACTIVATED');
        return { refused: new UnauthenticatedError('SESSION_ENDED', {}) };
      }
      const now = new Date();
      if (row.expires_at <= now || row.family_expires_at <= now) {
        return { refused: new UnauthenticatedError('SESSION_ENDED', {}) };
      }
      await manager.query(`UPDATE refresh_token SET rotated_at = now() WHERE token_hash = $1`, [digest(refreshToken)]);
      const next = newSecret();
      const [{ expires_at }]: { expires_at: Date }[] = await manager.query(
        `INSERT INTO refresh_token (token_hash, family_id, user_id, csrf_hash, expires_at, family_expires_at)
         VALUES ($1, $2, $3, $4, least(now() + make_interval(secs => $5), $6), $6)
         RETURNING expires_at`,
        [digest(next), row.family_id, row.user_id, row.csrf_hash, REFRESH_IDLE_SECONDS, row.family_expires_at],
      );
      return {
        session: {
          sessionId: row.family_id,
          userId: row.user_id,
          refreshToken: next,
          csrfToken,
          expiresAt: expires_at,
        },
      };
    });
    // Thrown after the transaction so a revocation on reuse is committed, not rolled back.
    if ('refused' in outcome) {
      throw outcome.refused;
    }
    return outcome.session;
  }

  /** Ends the session a refresh token belongs to (sign-out); a wrong CSRF token is FORBIDDEN. */
  async end(refreshToken: string, csrfToken: string | undefined): Promise<void> {
    const rows: { family_id: string; csrf_hash: string }[] = await this.dataSource.query(
      `SELECT family_id, csrf_hash FROM refresh_token WHERE token_hash = $1`,
      [digest(refreshToken)],
    );
    const row = rows[0];
    if (!row) {
      return;
    }
    if (!csrfToken || !sameDigest(csrfToken, row.csrf_hash)) {
      throw new ForbiddenError('CSRF_TOKEN_MISMATCH', {});
    }
    await this.revokeFamily(this.dataSource, row.family_id, 'LOGOUT');
  }

  /** Ends a session by its id, as a signed access token names it (sign-out without the refresh cookie). */
  async endSession(sessionId: string): Promise<void> {
    await this.revokeFamily(this.dataSource, sessionId, 'LOGOUT');
  }

  private async revokeFamily(
    runner: Pick<EntityManager, 'query'>,
    familyId: string,
    why: RevocationReason,
  ): Promise<void> {
    await runner.query(
      `UPDATE refresh_token SET revoked_at = now(), revoked_why = $2 WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId, why],
    );
  }
}
