import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole, type Role } from '@salesdash/shared/domain';
import type { Viewer } from '@salesdash/api/platform';

interface AccountRow {
  user_id: string;
  email: string;
  display_name: string;
  role: string;
  team_id: string | null;
  password_hash: string | null;
  active: boolean;
}

export interface Account extends Viewer {
  readonly passwordHash: string | null;
  readonly active: boolean;
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
  };
}

const ACCOUNT_COLUMNS = 'user_id, email, display_name, role, team_id, password_hash, active';

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

  async hasUserWithRole(role: Role): Promise<boolean> {
    const rows = await this.dataSource.query('SELECT 1 FROM app_user WHERE role = $1 LIMIT 1', [role]);
    return rows.length > 0;
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
