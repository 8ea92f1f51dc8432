import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { recordAudit } from '@salesdash/api/platform';
import { revokeSessionsOfUser } from '../session/session-revocation';
import { PasswordHasher } from './password-hasher';
import { type Account, UserAccounts } from './user-accounts';

/** Accounts a fresh installation needs: the first administrator, and passwords for demo logins. */
@Injectable()
export class AccountBootstrap {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Creates an ADMIN from ADMIN_EMAIL/ADMIN_PASSWORD when nobody can sign in as one (no active ADMIN
   * with a password: none yet, or only the demo admin whose demo password was removed); true when created.
   */
  async ensureFirstAdmin(admin: { email: string; password: string } | undefined): Promise<boolean> {
    if (!admin || (await this.accounts.hasAdminWhoCanSignIn())) {
      return false;
    }
    if (await this.accounts.findByEmail(admin.email)) {
      throw new Error(
        `ADMIN_EMAIL ${admin.email} belongs to an existing user; choose a new address for the administrator`,
      );
    }
    await this.accounts.create({
      userId: `admin-${randomUUID()}`,
      email: admin.email,
      displayName: 'Administrator',
      role: 'ADMIN',
      passwordHash: await this.hasher.hash(admin.password),
    });
    return true;
  }

  /**
   * Demo mode: the demo logins get the demo password where they have none yet. Answers the demo
   * logins that work with it now (an account whose password was changed is left out).
   */
  async ensureDemoPasswords<T extends { email: string }>(logins: readonly T[], password: string): Promise<T[]> {
    await this.accounts.setMissingPasswords(
      logins.map((login) => login.email),
      await this.hasher.hash(password),
    );
    const usable: T[] = [];
    for (const login of logins) {
      const account = await this.accounts.findByEmail(login.email);
      if (account?.active && (await this.hasher.verify(account.passwordHash, password))) {
        usable.push(login);
      }
    }
    return usable;
  }

  /**
   * Production: the demo password is published, so the demo logins that still have it (a database
   * first started in demo mode) lose it, their sessions end, and the system audits each. They sign in
   * again only after an administrator sets a password (resetPassword). Answers their e-mails.
   */
  async removeDemoPasswords(emails: readonly string[], password: string): Promise<string[]> {
    const holders: { account: Account; passwordHash: string }[] = [];
    for (const email of emails) {
      const account = await this.accounts.findByEmail(email);
      if (account?.passwordHash && (await this.hasher.verify(account.passwordHash, password))) {
        holders.push({ account, passwordHash: account.passwordHash });
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const removed: string[] = [];
      for (const { account, passwordHash } of holders) {
        if (!(await this.accounts.removePassword(manager, account.userId, passwordHash))) {
          continue;
        }
        await revokeSessionsOfUser(manager, account.userId, 'DEMO_PASSWORD_REMOVED');
        await recordAudit(manager, {
          actorUserId: null,
          action: 'user.remove-demo-password',
          entityType: 'user',
          entityId: account.userId,
          before: { hasPassword: true },
          after: { hasPassword: false },
          reason: 'started in production with the published demo password',
        });
        removed.push(account.email);
      }
      return removed;
    });
  }
}
