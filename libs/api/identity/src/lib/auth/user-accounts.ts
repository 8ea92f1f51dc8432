import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole, type Role } from '@salesdash/shared/domain';
import {
  DATA_VERSIONS_ROW,
  type DataVersions,
  dataVersionsOf,
  type SqlRunner,
  type Viewer,
} from '@salesdash/api/platform';

interface AccountRow {
  user_id: string;
  email: string;
  display_name: string;
  role: string;
  team_id: string | null;
  password_hash: string | null;
  active: boolean;
  must_change_password: boolean;
}

export interface Account extends Viewer {
  readonly passwordHash: string | null;
  readonly active: boolean;
  /** An administrator set the password: nothing else is allowed until the user changes it. */
  readonly mustChangePassword: boolean;
}

/** Only what a request may carry around: never the password hash. */
export function toViewer(account: Account): Viewer {
  const { userId, email, displayName, role, teamId } = account;
  return { userId, email, displayName, role, teamId };
}

function toAccount(row: AccountRow): Account {
  if (!isRole(row.role)) {
    throw new Error(`user ${row.user_id} has an unknown role ${row.role}`);
  }
  return {
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    teamId: row.team_id,
    passwordHash: row.password_hash,
    active: row.active,
    mustChangePassword: row.must_change_password,
  };
}

/** A signed-in request's account, and the data versions its answers are cached under. */
export interface AccountInSession {
  readonly account: Account;
  readonly dataVersions: DataVersions;
}

const ACCOUNT_COLUMNS = 'user_id, email, display_name, role, team_id, password_hash, active, must_change_password';

/** User accounts as the sign-in needs them. */
@Injectable()
export class UserAccounts {
  constructor(private readonly dataSource: DataSource) {}

  async findByEmail(email: string): Promise<Account | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] && toAccount(rows[0]);
  }

  async findById(userId: string): Promise<Account | undefined> {
    const rows: AccountRow[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE user_id = $1`,
      [userId],
    );
    return rows[0] && toAccount(rows[0]);
  }

  /**
   * The active account behind a session that is still live (not signed out, revoked or expired), with
   * the data versions read in the same statement: a request's one round trip before its own reads.
   */
  async findActiveInSession(userId: string, sessionId: string): Promise<AccountInSession | undefined> {
    const rows: (AccountRow & Record<string, unknown>)[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS}, data_versions.* FROM app_user u CROSS JOIN ${DATA_VERSIONS_ROW}
       WHERE u.user_id = $1 AND u.active AND EXISTS (
         SELECT 1 FROM refresh_token t
         WHERE t.family_id = $2 AND t.user_id = u.user_id AND t.revoked_at IS NULL AND t.family_expires_at > now())`,
      [userId, sessionId],
    );
    return rows[0] && { account: toAccount(rows[0]), dataVersions: dataVersionsOf(rows[0]) };
  }

  /** Sets a password the user chose, which lifts the duty to change it. */
  async setOwnPassword(runner: SqlRunner, userId: string, passwordHash: string): Promise<void> {
    await runner.query(`UPDATE app_user SET password_hash = $2, must_change_password = false WHERE user_id = $1`, [
      userId,
      passwordHash,
    ]);
  }

  /** Whether anyone can sign in as an administrator: an active ADMIN with a password. */
  async hasAdminWhoCanSignIn(): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM app_user WHERE role = 'ADMIN' AND active AND password_hash IS NOT NULL LIMIT 1`,
    );
    return rows.length > 0;
  }

  /** Takes the password away unless it changed meanwhile (the user then signs in only after a reset); true when taken. */
  async removePassword(runner: SqlRunner, userId: string, passwordHash: string): Promise<boolean> {
    // A plain UPDATE answers TypeORM's [rows, count]; a CTE answers rows like any SELECT.
    const [{ taken }] = (await runner.query(
      `WITH taken AS (
         UPDATE app_user SET password_hash = NULL WHERE user_id = $1 AND password_hash = $2 RETURNING user_id)
       SELECT count(*)::int AS taken FROM taken`,
      [userId, passwordHash],
    )) as { taken: number }[];
    return taken > 0;
  }

  async create(account: { userId: string; email: string; displayName: string; role: Role; passwordHash: string }) {
    await this.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5)`,
      [account.userId, account.email, account.displayName, account.role, account.passwordHash],
    );
  }

  /** Gives these users a password unless they already have one; returns how many were set. */
  async setMissingPasswords(emails: readonly string[], passwordHash: string): Promise<number> {
    const [{ updated }]: { updated: number }[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE app_user SET password_hash = $2
         WHERE lower(email) = ANY (SELECT lower(e) FROM unnest($1::text[]) AS e) AND password_hash IS NULL
         RETURNING user_id)
       SELECT count(*)::int AS updated FROM changed`,
      [emails, passwordHash],
    );
    return updated;
  }
}
