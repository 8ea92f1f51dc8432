import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { LOGIN_MUTATION } from './login.operation';
import { isSessionValid, NOW, parseSession, type Session, SESSION_STORAGE, SESSION_STORAGE_KEY } from './session';

/** How a sign-in ended; the login page turns it into a message. */
export type SignInOutcome = 'SIGNED_IN' | 'INVALID_CREDENTIALS' | 'UNAVAILABLE';

/** setTimeout takes at most 2^31 − 1 ms (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The session of the signed-in person: token and viewer as signals, kept in sessionStorage so that a
 * reload keeps it, dropped when it expires (at once on restore, by a timer while the page is open).
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly storage = inject(SESSION_STORAGE);
  private readonly now = inject(NOW);
  private readonly session = signal<Session | null>(null);
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  readonly viewer = computed(() => this.session()?.viewer ?? null);
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly signedIn = computed(() => this.session() !== null);

  constructor() {
    const stored = parseSession(this.storage?.getItem(SESSION_STORAGE_KEY) ?? null);
    if (stored && isSessionValid(stored, this.now())) {
      this.start(stored);
    } else {
      this.storage?.removeItem(SESSION_STORAGE_KEY);
    }
    inject(DestroyRef).onDestroy(() => clearTimeout(this.expiryTimer));
  }

  async login(email: string, password: string): Promise<SignInOutcome> {
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: LOGIN_MUTATION, variables: { email: email.trim(), password } }),
      );
      const session = parseSession(JSON.stringify(result.data?.login ?? null));
      if (!session) {
        return 'UNAVAILABLE';
      }
      await this.apollo.client.clearStore();
      this.start(session);
      return 'SIGNED_IN';
    } catch (error) {
      const { code } = toApiError(error);
      return code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? 'INVALID_CREDENTIALS' : 'UNAVAILABLE';
    }
  }

  /** Signs out on request: forget the session and every cached answer, then show the login page. */
  async logout(): Promise<void> {
    this.end();
    await this.router.navigate(['/login']);
  }

  /**
   * The API refused the token (or it ran out): forget the session and ask to sign in again, coming
   * back to the current page afterwards.
   */
  async expireSession(): Promise<void> {
    const current = this.router.url;
    this.end();
    const returnUrl = current === '/' || current.startsWith('/login') ? undefined : current;
    await this.router.navigate(['/login'], { queryParams: { expired: 1, returnUrl } });
  }

  /** True while a session exists that has not expired; drops an expired one. */
  hasValidSession(): boolean {
    const session = this.session();
    if (session && !isSessionValid(session, this.now())) {
      this.end();
      return false;
    }
    return session !== null;
  }

  private start(session: Session): void {
    this.session.set(session);
    this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    clearTimeout(this.expiryTimer);
    const remaining = Date.parse(session.expiresAt) - this.now();
    this.expiryTimer = setTimeout(
      () => (this.hasValidSession() ? this.start(session) : void this.expireSession()),
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
  }

  private end(): void {
    clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
    this.session.set(null);
    this.storage?.removeItem(SESSION_STORAGE_KEY);
    void this.apollo.client.clearStore();
  }
}
