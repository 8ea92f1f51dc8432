import { type SqlRunner, ValidationError } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';
import { selectRow } from '../sql-rows';
import { clipped } from '../validation/org-input-rules';

export interface AdminUserRecord {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly team: { readonly id: string; readonly name: string } | null;
  readonly active: boolean;
  readonly hasPassword: boolean;
  readonly mustChangePassword: boolean;
  readonly createdAt: Date;
}

/** A user's row as the admin services change it; never the password hash itself. */
export interface LockedUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly active: boolean;
  readonly hasPassword: boolean;
  readonly mustChangePassword: boolean;
}

/** Selects AdminUserRecord columns from `app_user u`; append WHERE / ORDER BY. */
export const ADMIN_USER_SQL = `
SELECT u.user_id AS id, u.email, u.display_name AS "displayName", u.role,
       CASE WHEN t.team_id IS NULL THEN NULL ELSE json_build_object('id', t.team_id, 'name', t.name) END AS team,
       u.active, u.password_hash IS NOT NULL AS "hasPassword", u.must_change_password AS "mustChangePassword",
       u.created_at AS "createdAt"
FROM app_user u
LEFT JOIN team t ON t.team_id = u.team_id`;

export async function readUser(runner: SqlRunner, userId: string): Promise<AdminUserRecord> {
  const user = await selectRow<AdminUserRecord>(runner, `${ADMIN_USER_SQL} WHERE u.user_id = $1`, [userId]);
  if (!user) {
    throw new Error(`user ${userId} vanished inside its own transaction`);
  }
  return user;
}

/**
 * Locks a user's row for the rest of the transaction; an unknown id is a validation error on `field`.
 * NO KEY UPDATE: the id never changes, so audit entries naming this user as actor are not blocked.
 */
export async function lockUser(runner: SqlRunner, userId: string, field: string): Promise<LockedUser> {
  const user = await selectRow<LockedUser>(
    runner,
    `SELECT user_id AS id, email, display_name AS "displayName", role, team_id AS "teamId", active,
            password_hash IS NOT NULL AS "hasPassword", must_change_password AS "mustChangePassword"
     FROM app_user WHERE user_id = $1 FOR NO KEY UPDATE`,
    [userId],
  );
  if (!user) {
    throw ValidationError.of(field, 'UNKNOWN_USER', { id: clipped(userId) });
  }
  return user;
}
