import type { SqlRunner } from '@salesdash/api/platform';

/** Why a refresh token stopped working; kept on the row for the audit trail and support. */
export type RevocationReason =
  | 'LOGOUT'
  | 'REUSE_DETECTED'
  | 'DEACTIVATED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'DEMO_PASSWORD_REMOVED';

/**
 * Ends every session of a user: their refresh tokens stop working at once (access tokens are
 * refused by the guard, which re-reads the account on every request). Pass the runner of the
 * transaction that makes the change that requires it.
 */
export async function revokeSessionsOfUser(runner: SqlRunner, userId: string, why: RevocationReason): Promise<void> {
  await runner.query(
    `UPDATE refresh_token SET revoked_at = now(), revoked_why = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
    [userId, why],
  );
}
