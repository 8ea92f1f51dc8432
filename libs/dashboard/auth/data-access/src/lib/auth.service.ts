import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AUTH_TEXTS } from './auth.texts';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, RefreshSessionDocument } from './generated/graphql';
import { CSRF_TOKEN, isTokenFresh, NOW, parseSession, REFRESH_LOCK, type Session } from './session';

/** How a sign-in ended; the login page turns it into a message. */
export type SignInOutcome = 'SIGNED_IN' | 'INVALID_CREDENTIALS' | 'UNAVAILABLE';

/** How a password change ended: done, or the field and message to show. */
export type PasswordChangeOutcome =
  | { readonly changed: true }
  | { readonly changed: false; readonly field: 'currentPassword' | 'newPassword' | null; readonly message: string };

/**
 * The session of the signed-in person. The access token lives in memory and is renewed through the
 * httpOnly refresh cookie shortly before it runs out (on demand, by the HTTP interceptor), and once
 * at start-up so that a reload keeps the person signed in.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly now = inject(NOW);
  private readonly csrfToken = inject(CSRF_TOKEN);
  private readonly refreshLock = inject(REFRESH_LOCK);
  private readonly session = signal<Session | null>(null);
  private refreshing: Promise<boolean> | null = null;

  readonly viewer = computed(() => this.session()?.viewer ?? null);
  readonly signedIn = computed(() => this.session() !== null);
  readonly mustChangePassword = computed(() => this.session()?.mustChangePassword ?? false);

  /** At start-up: resumes the session of this browser, if the refresh cookie still holds one. */
  async restore(): Promise<void> {
    if (this.csrfToken() !== null) {
      await this.refresh();
    }
  }

  async login(email: string, password: string): Promise<SignInOutcome> {
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: LoginDocument, variables: { email: email.trim(), password } }),
      );
      const session = parseSession(result.data?.login);
      if (!session) {
        return 'UNAVAILABLE';
      }
      await this.apollo.client.clearStore();
      this.session.set(session);
      return 'SIGNED_IN';
    } catch (error) {
      const { code } = toApiError(error);
      return code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? 'INVALID_CREDENTIALS' : 'UNAVAILABLE';
    }
  }

  /**
   * A token for the next API request: the current one while it is fresh, else a renewed one; null
   * when signed out or when the session could not be renewed (it has then been ended).
   */
  async accessToken(): Promise<string | null> {
    const session = this.session();
    if (!session) {
      return null;
    }
    if (isTokenFresh(session, this.now())) {
      return session.accessToken;
    }
    return (await this.refresh()) ? (this.session()?.accessToken ?? null) : null;
  }

  /** Renews the access token through the refresh cookie; one refresh at a time, across tabs too. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.refreshLock(() => this.exchangeRefreshCookie()).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<PasswordChangeOutcome> {
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { currentPassword, newPassword } }),
      );
      const session = parseSession(result.data?.changePassword);
      if (!session) {
        return { changed: false, field: null, message: AUTH_TEXTS.unexpectedAnswer };
      }
      this.session.set(session);
      return { changed: true };
    } catch (error) {
      const { message, field } = toApiError(error);
      if (field === 'currentPassword' || field === 'newPassword') {
        // The API says "newPassword: must …"; beside the field, the field's name is redundant.
        return { changed: false, field, message: message.replace(`${field}: `, '') };
      }
      return { changed: false, field: null, message };
    }
  }

  /** Signs out on request: ends the session at the API, forgets it here, then shows the login page. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    } catch {
      // Unreachable server: the session is forgotten here anyway and runs out on its own.
    }
    this.end();
    await this.router.navigate(['/login']);
  }

  /**
   * The API refused the token or the session could not be renewed: forget it and ask to sign in
   * again, coming back to the current page afterwards.
   */
  async expireSession(): Promise<void> {
    const current = this.router.url;
    this.end();
    const returnUrl = current === '/' || current.startsWith('/login') ? undefined : current;
    await this.router.navigate(['/login'], { queryParams: { expired: 1, returnUrl } });
  }

  private async exchangeRefreshCookie(): Promise<boolean> {
    const hadSession = this.session() !== null;
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: RefreshSessionDocument }));
      const session = parseSession(result.data?.refreshSession);
      if (session) {
        this.session.set(session);
        return true;
      }
    } catch {
      // Ended, revoked or unreachable: handled below like an unusable answer.
    }
    if (hadSession) {
      void this.expireSession();
    }
    return false;
  }

  private end(): void {
    this.session.set(null);
    void this.apollo.client.clearStore();
  }
}
