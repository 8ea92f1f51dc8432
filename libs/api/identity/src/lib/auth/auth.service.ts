import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit, UnauthenticatedError, ValidationError } from '@salesdash/api/platform';
import type { Viewer } from '../viewer';
import { RefreshTokens, type SessionSecrets } from '../session/refresh-tokens';
import { revokeSessionsOfUser } from '../session/session-revocation';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { type IssuedToken, TokenService } from './token.service';
import { type Account, type AccountInSession, toViewer, UserAccounts } from './user-accounts';

/** A started or refreshed session: the access token for the header, the secrets for the cookies. */
export interface SignedIn extends IssuedToken {
  readonly viewer: Viewer;
  readonly mustChangePassword: boolean;
  readonly session: SessionSecrets;
}

/** What a sign-out request may carry: the bearer access token, the refresh cookie and the CSRF header. */
export interface SignOutCredentials {
  readonly accessToken?: string;
  readonly refreshToken?: string;
  readonly csrfToken?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly refreshTokens: RefreshTokens,
    private readonly dataSource: DataSource,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<SignedIn> {
    // Before anything is looked up: a refused attempt costs no hash and tells nothing about the account.
    this.throttle.admit(email, clientIp);
    const account = await this.accounts.findByEmail(email.trim());
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !account.active || !passwordMatches) {
      // One message for every failed sign-in, so it never tells whether an account exists.
      throw new UnauthenticatedError('LOGIN_FAILED', {});
    }
    return this.signedIn(account, await this.refreshTokens.start(account.userId));
  }

  /** Exchanges the refresh cookie for a new one and a new access token (silent refresh). */
  async refresh(refreshToken: string | undefined, csrfToken: string | undefined): Promise<SignedIn> {
    if (!refreshToken) {
      throw new UnauthenticatedError('NO_SESSION_TO_REFRESH', {});
    }
    const session = await this.refreshTokens.rotate(refreshToken, csrfToken);
    const account = await this.accounts.findById(session.userId);
    if (!account?.active) {
      throw new UnauthenticatedError('SESSION_ENDED', {});
    }
    return this.signedIn(account, session);
  }

  /**
   * Signs out: ends the session the access token names and the one of the refresh cookie (which must
   * come with its CSRF token: a mismatch is FORBIDDEN and ends nothing); their refresh tokens and
   * every access token issued in them stop working. Missing, forged or expired credentials end nothing.
   */
  async logout(credentials: SignOutCredentials): Promise<void> {
    const claims = credentials.accessToken ? await this.tokens.verify(credentials.accessToken) : undefined;
    if (credentials.refreshToken) {
      await this.refreshTokens.end(credentials.refreshToken, credentials.csrfToken);
    }
    if (claims) {
      await this.refreshTokens.endSession(claims.sid);
    }
  }

  /**
   * The signed-in user replaces their password (required after an administrator set it). Every
   * other session of theirs ends; this one continues with new tokens. Attempts count against the
   * sign-in throttle, as this checks the current password too.
   */
  async changePassword(
    viewer: Viewer,
    change: { currentPassword: string; newPassword: string },
    clientIp: string,
  ): Promise<SignedIn> {
    this.throttle.admit(viewer.email, clientIp);
    const account = await this.accounts.findById(viewer.userId);
    if (!account?.active) {
      throw new UnauthenticatedError('SESSION_ENDED', {});
    }
    // A wrong input, not a failed authentication: the session stays and the form shows the field.
    if (!(await this.hasher.verify(account.passwordHash, change.currentPassword))) {
      throw ValidationError.of('currentPassword', 'CURRENT_PASSWORD_WRONG', {});
    }
    assertAcceptablePassword(change.newPassword, { email: account.email, currentPassword: change.currentPassword });
    const passwordHash = await this.hasher.hash(change.newPassword);
    const session = await this.dataSource.transaction(async (manager) => {
      await this.accounts.setOwnPassword(manager, account.userId, passwordHash);
      await revokeSessionsOfUser(manager, account.userId, 'PASSWORD_CHANGED');
      await recordAudit(manager, {
        actorUserId: account.userId,
        action: 'user.change-password',
        entityType: 'user',
        entityId: account.userId,
        before: { mustChangePassword: account.mustChangePassword },
        after: { mustChangePassword: false },
      });
      return this.refreshTokens.start(account.userId, manager);
    });
    return this.signedIn({ ...account, mustChangePassword: false }, session);
  }

  /**
   * The account behind a bearer token, re-read on every request so that deactivation, a password
   * reset and signing out take effect at once; with the data versions, read in the same statement.
   */
  async authenticate(token: string): Promise<AccountInSession | undefined> {
    const claims = await this.tokens.verify(token);
    return claims ? this.accounts.findActiveInSession(claims.sub, claims.sid) : undefined;
  }

  private async signedIn(account: Account, session: SessionSecrets): Promise<SignedIn> {
    const issued = await this.tokens.issue({ sub: account.userId, role: account.role, sid: session.sessionId });
    return { ...issued, viewer: toViewer(account), mustChangePassword: account.mustChangePassword, session };
  }
}
