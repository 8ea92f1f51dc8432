import { TooManyRequestsError } from '@salesdash/api/platform';

export interface LoginThrottleLimits {
  readonly windowMs: number;
  /** Attempts per account (lower-cased e-mail) within the window; the next one is refused. */
  readonly perAccount: number;
  /** Attempts per client IP within the window: higher, as colleagues may share an office's address. */
  readonly perClientIp: number;
  /** Keys remembered per counter; beyond it the least recently used key is forgotten. */
  readonly maxKeys: number;
}

export const LOGIN_THROTTLE_LIMITS: LoginThrottleLimits = {
  windowMs: 60_000,
  perAccount: 10,
  perClientIp: 50,
  maxKeys: 100_000,
};

/** RFC 5321's longest address: longer input cannot be an account, and must not grow the memory. */
const MAX_EMAIL_LENGTH = 254;

/** A sliding log of attempt times per key, oldest first, never longer than the limit. */
class SlidingWindow {
  private readonly attempts = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  waitMs(key: string, now: number): number {
    const recent = this.recent(key, now);
    return recent.length < this.limit ? 0 : recent[0] + this.windowMs - now;
  }

  record(key: string, now: number): void {
    if (now - this.lastSweep >= this.windowMs) {
      this.sweep(now);
    }
    const recent = this.recent(key, now);
    // Re-inserted at the end, so the Map's order is least recently used first.
    this.attempts.delete(key);
    if (this.attempts.size >= this.maxKeys) {
      const leastRecent = this.attempts.keys().next().value;
      if (leastRecent !== undefined) {
        this.attempts.delete(leastRecent);
      }
    }
    this.attempts.set(key, [...recent, now].slice(-this.limit));
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((time) => now - time < this.windowMs);
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, times] of this.attempts) {
      if (times.every((time) => now - time >= this.windowMs)) {
        this.attempts.delete(key);
      }
    }
  }
}

/**
 * Counts sign-in attempts per account and per client IP within a sliding window and refuses those
 * beyond the limits. Every call counts, so aliased `login` fields in one request count one by one.
 * Refused attempts are not counted: they cost nothing, and an attacker cannot prolong a lockout.
 * The state lives in this process: several API replicas need a shared store (Redis) instead.
 *
 * Kept hand-written rather than @nestjs/throttler (which limits the heavy queries, LoadSheddingModule),
 * measured for issue 12 with its ThrottlerStorageService and one named throttler per key: a throttler
 * counts an attempt before the next one refuses it, so after 10 attempts refused by the office
 * address alone the account was locked from any other address too (here nothing is counted unless
 * both admit); and its storage keeps every key for the window with no bound — 100,000 distinct
 * e-mails in a minute took 79 MB, and more take more — where this forgets the least recently used
 * beyond `maxKeys`. Its time is Date.now, so the specs' clock could not drive it either.
 */
export class LoginThrottle {
  private readonly byAccount: SlidingWindow;
  private readonly byClientIp: SlidingWindow;

  constructor(
    limits: LoginThrottleLimits = LOGIN_THROTTLE_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {
    this.byAccount = new SlidingWindow(limits.perAccount, limits.windowMs, limits.maxKeys);
    this.byClientIp = new SlidingWindow(limits.perClientIp, limits.windowMs, limits.maxKeys);
  }

  /** Counts an attempt, or throws TooManyRequestsError when the account or the IP has had too many. */
  admit(email: string, clientIp: string): void {
    const now = this.clock();
    const account = email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
    const waitMs = Math.max(this.byAccount.waitMs(account, now), this.byClientIp.waitMs(clientIp, now));
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new TooManyRequestsError('TOO_MANY_SIGN_IN_ATTEMPTS', { seconds }, seconds);
    }
    this.byAccount.record(account, now);
    this.byClientIp.record(clientIp, now);
  }
}
