import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher, revokeSessionsOfUser } from '@salesdash/api/identity';
import { recordAudit, type Viewer } from '@salesdash/api/platform';
import { FieldConflictError } from '../validation/field-conflict';
import { InputCheck } from '../validation/org-input-rules';
import { generateTemporaryPassword } from './temporary-password';
import { type AdminUserRecord, lockUser, readUser } from './user-records';

export interface PasswordReset {
  readonly user: AdminUserRecord;
  /** Shown to the administrator once; only its argon2id hash is stored. */
  readonly temporaryPassword: string;
}

/**
 * Sets a new random password the user must change at the next sign-in, and ends their sessions.
 * Also how an imported user (who has no password) gets their first one.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async reset(actor: Viewer, userId: string): Promise<PasswordReset> {
    const check = new InputCheck();
    const id = check.id(userId, 'userId');
    check.done();
    if (id === actor.userId) {
      // A reset would end the administrator's own sessions and force a change they can make themselves.
      throw new FieldConflictError('userId', 'CANNOT_RESET_OWN_PASSWORD', {});
    }
    const temporaryPassword = generateTemporaryPassword();
    // Hashed before the transaction: argon2id takes a while and must not hold the row lock.
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      const current = await lockUser(manager, id, 'userId');
      await manager.query('UPDATE app_user SET password_hash = $2, must_change_password = true WHERE user_id = $1', [
        id,
        passwordHash,
      ]);
      await revokeSessionsOfUser(manager, id, 'PASSWORD_RESET');
      await recordAudit(manager, {
        actorUserId: actor.userId,
        action: 'user.reset-password',
        entityType: 'user',
        entityId: id,
        before: { hasPassword: current.hasPassword, mustChangePassword: current.mustChangePassword },
        after: { hasPassword: true, mustChangePassword: true },
      });
      return readUser(manager, id);
    });
    return { user, temporaryPassword };
  }
}
