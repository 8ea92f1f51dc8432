import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@salesdash/api/platform';
import type { Viewer } from '../viewer';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { type IssuedToken, TokenService } from './token.service';
import { toViewer, UserAccounts } from './user-accounts';

export interface SignedIn extends IssuedToken {
  readonly viewer: Viewer;
}

/** One message for every failed sign-in, so it never tells whether an account exists. */
export const LOGIN_FAILED = 'E-mail or password is wrong';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<SignedIn> {
    // Before anything is looked up: a refused attempt costs no hash and tells nothing about the account.
    this.throttle.admit(email, clientIp);
    const account = await this.accounts.findByEmail(email.trim());
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !account.active || !passwordMatches) {
      throw new UnauthenticatedError(LOGIN_FAILED);
    }
    const issued = await this.tokens.issue({ sub: account.userId, role: account.role });
    return { ...issued, viewer: toViewer(account) };
  }

  /** The viewer behind a bearer token, re-read so a deactivated user loses access at once. */
  async viewerForToken(token: string): Promise<Viewer | undefined> {
    const claims = await this.tokens.verify(token);
    if (!claims) {
      return undefined;
    }
    const account = await this.accounts.findById(claims.sub);
    return account?.active ? toViewer(account) : undefined;
  }
}
