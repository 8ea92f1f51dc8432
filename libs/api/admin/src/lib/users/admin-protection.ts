import { ADVISORY_LOCKS, lockUntilCommit, type SqlRunner, type Viewer } from '@salesdash/api/platform';
import type { MessageCode } from '@salesdash/shared/domain';
import { selectRow } from '../sql-rows';
import { FieldConflictError } from '../validation/field-conflict';
import type { LockedUser } from './user-records';

export type AdminLoss = 'deactivate' | 'demote';

const SELF_MESSAGES = {
  deactivate: 'CANNOT_DEACTIVATE_YOURSELF',
  demote: 'CANNOT_DEMOTE_YOURSELF',
} as const satisfies Record<AdminLoss, MessageCode>;

/**
 * Refuses a change that would take an administrator away from the organisation when it is the
 * caller themself, or the last active ADMIN. Transactions that could remove the last one queue on
 * one advisory lock of their own, so two admins deactivating each other at once cannot both succeed.
 */
export async function assertAdministrationRemains(
  runner: SqlRunner,
  actor: Viewer,
  user: LockedUser,
  change: AdminLoss,
  field: string,
): Promise<void> {
  if (user.id === actor.userId) {
    throw new FieldConflictError(field, SELF_MESSAGES[change], {});
  }
  if (user.role !== 'ADMIN' || !user.active) {
    return;
  }
  await lockUntilCommit(runner, ADVISORY_LOCKS.ACTIVE_ADMINS);
  const another = await selectRow(
    runner,
    `SELECT 1 FROM app_user WHERE role = 'ADMIN' AND active AND user_id <> $1 LIMIT 1`,
    [user.id],
  );
  if (!another) {
    throw new FieldConflictError(field, 'LAST_ACTIVE_ADMIN', { name: user.displayName });
  }
}
