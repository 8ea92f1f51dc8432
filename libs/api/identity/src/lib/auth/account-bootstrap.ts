import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PasswordHasher } from './password-hasher';
import { UserAccounts } from './user-accounts';

/** Accounts a fresh installation needs: the first administrator, and passwords for demo logins. */
@Injectable()
export class AccountBootstrap {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates an ADMIN from ADMIN_EMAIL/ADMIN_PASSWORD when there is none yet; true when created. */
  async ensureFirstAdmin(admin: { email: string; password: string } | undefined): Promise<boolean> {
    if (!admin || (await this.accounts.hasUserWithRole('ADMIN'))) {
      return false;
    }
    if (await this.accounts.findByEmail(admin.email)) {
      throw new Error(`ADMIN_EMAIL ${admin.email} belongs to an existing user who is not an administrator`);
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
}
