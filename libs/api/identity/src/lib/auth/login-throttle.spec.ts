import type { DataSource } from 'typeorm';
import { TooManyRequestsError } from '@salesdash/api/platform';
import type { RefreshTokens } from '../session/refresh-tokens';
import { AuthService } from './auth.service';
import { LOGIN_THROTTLE_LIMITS, LoginThrottle, type LoginThrottleLimits } from './login-throttle';
import type { PasswordHasher } from './password-hasher';
import type { TokenService } from './token.service';
import type { UserAccounts } from './user-accounts';

const OFFICE = '203.0.113.7';

class FakeClock {
  time = 1_000_000;
  readonly now = () => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

function throttleWith(limits: Partial<LoginThrottleLimits> = {}) {
  const clock = new FakeClock();
  return { clock, throttle: new LoginThrottle({ ...LOGIN_THROTTLE_LIMITS, ...limits }, clock.now) };
}

function refusalOf(attempt: () => void): TooManyRequestsError | undefined {
  try {
    attempt();
    return undefined;
  } catch (error) {
    if (error instanceof TooManyRequestsError) {
      return error;
    }
    throw error;
  }
}

describe('LoginThrottle', () => {
  it('admits 10 attempts on one account within a minute and refuses the 11th with retryAfterSeconds', () => {
    const { clock, throttle } = throttleWith();
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))).toBeUndefined();
      clock.advance(1_000);
    }
    const refusal = refusalOf(() => throttle.admit('rep@demo.local', OFFICE));
    expect(refusal?.message).toBe('Too many sign-in attempts; try again in 50 s');
    expect(refusal?.details).toEqual({ retryAfterSeconds: 50 });
  });

  it('counts an account by its lower-cased, trimmed e-mail', () => {
    const { throttle } = throttleWith({ perAccount: 2 });
    throttle.admit('Rep@Demo.local', OFFICE);
    throttle.admit(' rep@demo.local ', OFFICE);
    expect(refusalOf(() => throttle.admit('REP@DEMO.LOCAL', OFFICE))).toBeInstanceOf(TooManyRequestsError);
    expect(refusalOf(() => throttle.admit('other@demo.local', OFFICE))).toBeUndefined();
  });

  it('slides: each attempt leaves the window 60 s after it was made', () => {
    const { clock, throttle } = throttleWith({ perAccount: 2 });
    throttle.admit('rep@demo.local', OFFICE);
    clock.advance(30_000);
    throttle.admit('rep@demo.local', OFFICE);
    clock.advance(29_999);
    expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))?.details).toEqual({ retryAfterSeconds: 1 });
    clock.advance(1);
    expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))).toBeUndefined();
    expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))?.details).toEqual({ retryAfterSeconds: 30 });
  });

  it('does not count refused attempts, so hammering does not prolong the lockout', () => {
    const { clock, throttle } = throttleWith({ perAccount: 1 });
    throttle.admit('rep@demo.local', OFFICE);
    for (let second = 0; second < 59; second++) {
      clock.advance(1_000);
      expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))).toBeInstanceOf(TooManyRequestsError);
    }
    clock.advance(1_000);
    expect(refusalOf(() => throttle.admit('rep@demo.local', OFFICE))).toBeUndefined();
  });

  it('admits 50 attempts per client IP across accounts and refuses the 51st; other IPs are unaffected', () => {
    const { throttle } = throttleWith();
    for (let account = 1; account <= 50; account++) {
      throttle.admit(`user${account}@demo.local`, OFFICE);
    }
    expect(refusalOf(() => throttle.admit('user51@demo.local', OFFICE))?.details).toEqual({ retryAfterSeconds: 60 });
    expect(refusalOf(() => throttle.admit('user51@demo.local', '198.51.100.1'))).toBeUndefined();
  });

  it('keeps at most maxKeys keys, forgetting the least recently used', () => {
    const { throttle } = throttleWith({ perAccount: 1, maxKeys: 2 });
    throttle.admit('first@demo.local', '192.0.2.1');
    throttle.admit('second@demo.local', '192.0.2.2');
    expect(refusalOf(() => throttle.admit('first@demo.local', '192.0.2.3'))).toBeInstanceOf(TooManyRequestsError);
    throttle.admit('third@demo.local', '192.0.2.4');
    expect(refusalOf(() => throttle.admit('first@demo.local', '192.0.2.5'))).toBeUndefined();
    expect(refusalOf(() => throttle.admit('third@demo.local', '192.0.2.6'))).toBeInstanceOf(TooManyRequestsError);
  });

  it('treats e-mails beyond the longest possible address as one account, bounding the memory per key', () => {
    const { throttle } = throttleWith({ perAccount: 1 });
    throttle.admit(`${'a'.repeat(254)}x@demo.local`, OFFICE);
    expect(refusalOf(() => throttle.admit(`${'a'.repeat(254)}y@demo.local`, OFFICE))).toBeInstanceOf(
      TooManyRequestsError,
    );
  });
});

describe('AuthService.login with the throttle', () => {
  it('refuses an attempt over the limit without looking up the account or checking the password', async () => {
    const findByEmail = jest.fn(async () => undefined);
    const verify = jest.fn(async () => false);
    const { throttle } = throttleWith({ perAccount: 1 });
    const auth = new AuthService(
      { findByEmail } as unknown as UserAccounts,
      { verify } as unknown as PasswordHasher,
      {} as TokenService,
      throttle,
      {} as RefreshTokens,
      {} as DataSource,
    );
    await expect(auth.login('rep@demo.local', 'wrong', OFFICE)).rejects.toThrow('E-mail or password is wrong');
    await expect(auth.login('rep@demo.local', 'wrong', OFFICE)).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(findByEmail).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
