import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

function viewer(userId: string, displayName: string, role: Role): Viewer {
  return { userId, email: `${userId.toLowerCase()}@x.test`, displayName, role, teamId: null };
}

/** The signed-in administrator of the tests, and a second one. */
export const ADA = viewer('U-ADA', 'Ada Admin', 'ADMIN');
export const BEN = viewer('U-BEN', 'Ben Admin', 'ADMIN');

/**
 * A small organisation, the same before every test: regions North and South; team T-N1 (North,
 * managed by Mia) with rep Rex; team T-S1 (South, no manager); admins Ada and Ben, sales managers
 * Mia and Max (Max deactivated), marketing's Meg.
 */
export async function seedOrganisation(dataSource: DataSource): Promise<void> {
  await dataSource.query(`
    TRUNCATE audit_log, refresh_token, target, region, team, app_user CASCADE;
    INSERT INTO region (region_id, name) VALUES ('R-NORTH', 'North'), ('R-SOUTH', 'South');
    INSERT INTO app_user (user_id, email, display_name, role, team_id, password_hash, active) VALUES
      ('U-ADA', 'ada@x.test', 'Ada Admin', 'ADMIN', NULL, 'hash-ada', true),
      ('U-BEN', 'ben@x.test', 'Ben Admin', 'ADMIN', NULL, 'hash-ben', true),
      ('U-MIA', 'mia@x.test', 'Mia Manager', 'SALES_MANAGER', NULL, 'hash-mia', true),
      ('U-MAX', 'max@x.test', 'Max Manager', 'SALES_MANAGER', NULL, 'hash-max', false),
      ('U-REX', 'rex@x.test', 'Rex Rep', 'SALES_REP', 'T-N1', NULL, true),
      ('U-MEG', 'meg@x.test', 'Meg Marketing', 'MARKETING', NULL, 'hash-meg', true);
    INSERT INTO team (team_id, name, region_id, manager_user_id) VALUES
      ('T-N1', 'North 1', 'R-NORTH', 'U-MIA'), ('T-S1', 'South 1', 'R-SOUTH', NULL);
  `);
}

export interface AuditRow {
  readonly actor_user_id: string | null;
  readonly action: string;
  readonly entity_type: string;
  readonly entity_id: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string | null;
}

/** Every audit entry, oldest first. */
export function auditRows(dataSource: DataSource): Promise<AuditRow[]> {
  return dataSource.query(
    'SELECT actor_user_id, action, entity_type, entity_id, before, after, reason FROM audit_log ORDER BY audit_id',
  );
}

/** Issues a live refresh token (a session) for a user, as a sign-in would; answers its hash. */
export async function insertSession(dataSource: DataSource, userId: string): Promise<string> {
  const tokenHash = `token-${randomUUID()}`;
  await dataSource.query(
    `INSERT INTO refresh_token (token_hash, family_id, user_id, csrf_hash, expires_at, family_expires_at)
     VALUES ($1, $2, $3, 'csrf', now() + interval '1 day', now() + interval '30 days')`,
    [tokenHash, randomUUID(), userId],
  );
  return tokenHash;
}

/** The live (not revoked) sessions of a user, and why the others ended. */
export async function sessionsOf(
  dataSource: DataSource,
  userId: string,
): Promise<{ live: number; revokedWhy: string[] }> {
  const rows: { revoked_why: string | null }[] = await dataSource.query(
    'SELECT revoked_why FROM refresh_token WHERE user_id = $1 ORDER BY token_hash',
    [userId],
  );
  return {
    live: rows.filter((row) => row.revoked_why === null).length,
    revokedWhy: rows.flatMap((row) => (row.revoked_why === null ? [] : [row.revoked_why])),
  };
}
