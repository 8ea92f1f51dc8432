import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideGraphqlClient } from '@salesdash/dashboard/shared/data-access';
import { Apollo, gql } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { authErrorLink } from './auth-error-link';
import { authGuard, guestGuard, passwordGuard, safeReturnUrl } from './auth.guards';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { CSRF_TOKEN, NOW, REFRESH_LOCK } from './session';

@Component({ template: '' })
class Blank {}

const NOW_MS = Date.parse('2025-06-15T12:00:00Z');
const VIEWER = { id: 'u1', email: 'management@demo.local', displayName: 'Mia Management', role: 'MANAGEMENT' };
const PAYLOAD = {
  __typename: 'AuthPayload',
  accessToken: 'token-1',
  expiresAt: '2025-06-15T12:10:00Z',
  mustChangePassword: false,
  viewer: { __typename: 'Viewer', ...VIEWER },
};
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

interface Harness {
  readonly http: HttpTestingController;
  readonly router: Router;
  readonly auth: AuthService;
  readonly clock: { now: number };
  readonly lockRuns: { count: number };
}

function setUp(options: { csrf?: string | null } = {}): Harness {
  const clock = { now: NOW_MS };
  const lockRuns = { count: 0 };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: Blank, canActivate: [guestGuard] },
        { path: 'password', component: Blank, canActivate: [passwordGuard] },
        { path: 'kpis', component: Blank, canActivate: [authGuard] },
        { path: '', component: Blank, canActivate: [authGuard] },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideGraphqlClient({ uri: '/graphql', links: () => [authErrorLink()] }),
      { provide: NOW, useValue: () => clock.now },
      { provide: CSRF_TOKEN, useValue: () => (options.csrf === undefined ? 'csrf-1' : options.csrf) },
      {
        provide: REFRESH_LOCK,
        useValue: <T>(task: () => Promise<T>) => {
          lockRuns.count++;
          return task();
        },
      },
    ],
  });
  return {
    http: TestBed.inject(HttpTestingController),
    router: TestBed.inject(Router),
    auth: TestBed.inject(AuthService),
    clock,
    lockRuns,
  };
}

/** Lets Apollo, the interceptor's promise and the router finish what a flushed answer started. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function expectOperation(http: HttpTestingController, name: string): Promise<TestRequest> {
  await settle();
  return http.expectOne((request) => request.url === '/graphql' && request.body?.operationName === name);
}

async function signIn({ http, auth }: Harness, payload: object = PAYLOAD): Promise<void> {
  const outcome = auth.login('management@demo.local', 'demo-password');
  (await expectOperation(http, 'Login')).flush({ data: { login: payload } });
  await expect(outcome).resolves.toBe('SIGNED_IN');
}

describe('AuthService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('signs in by the cookie-setting Login, without a bearer token, and keeps the token in memory only', async () => {
    const harness = setUp();
    const outcome = harness.auth.login(' management@demo.local ', 'demo-password');
    const request = await expectOperation(harness.http, 'Login');
    expect(request.request.body.variables).toEqual({ email: 'management@demo.local', password: 'demo-password' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ data: { login: PAYLOAD } });
    await expect(outcome).resolves.toBe('SIGNED_IN');
    expect(harness.auth.viewer()?.role).toBe('MANAGEMENT');
    expect(harness.auth.mustChangePassword()).toBe(false);
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('reports wrong credentials without treating them as an expired session', async () => {
    const { http, router, auth } = setUp();
    await router.navigateByUrl('/login');
    const outcome = auth.login('management@demo.local', 'wrong');
    (await expectOperation(http, 'Login')).flush({
      data: null,
      errors: [{ message: 'E-mail or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(outcome).resolves.toBe('INVALID_CREDENTIALS');
    await settle();
    expect(router.url).toBe('/login');
  });

  it('reports an unreachable server separately', async () => {
    const { http, auth } = setUp();
    const outcome = auth.login('a@b.c', 'x');
    (await expectOperation(http, 'Login')).error(new ProgressEvent('error'), { status: 0 });
    await expect(outcome).resolves.toBe('UNAVAILABLE');
  });

  it('resumes the session at start-up through the refresh cookie, sending the CSRF header', async () => {
    const { http, auth } = setUp();
    const restored = auth.restore();
    const request = await expectOperation(http, 'RefreshSession');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ data: { refreshSession: PAYLOAD } });
    await restored;
    expect(auth.viewer()?.displayName).toBe('Mia Management');
  });

  it('does not try to resume without a CSRF cookie, and stays signed out when the cookie is refused', async () => {
    const withoutCookie = setUp({ csrf: null });
    await withoutCookie.auth.restore();
    expect(withoutCookie.auth.signedIn()).toBe(false);
    TestBed.resetTestingModule();

    const refused = setUp();
    const restored = refused.auth.restore();
    (await expectOperation(refused.http, 'RefreshSession')).flush({
      data: null,
      errors: [{ message: 'Your session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await restored;
    expect(refused.auth.signedIn()).toBe(false);
  });

  it('renews a token about to run out before the request, once for several requests', async () => {
    const harness = setUp();
    await signIn(harness);
    harness.clock.now = Date.parse('2025-06-15T12:09:45Z');
    const first = harness.auth.accessToken();
    const second = harness.auth.accessToken();
    (await expectOperation(harness.http, 'RefreshSession')).flush({
      data: { refreshSession: { ...PAYLOAD, accessToken: 'token-2', expiresAt: '2025-06-15T12:19:45Z' } },
    });
    await expect(first).resolves.toBe('token-2');
    await expect(second).resolves.toBe('token-2');
    expect(harness.lockRuns.count).toBe(1);
  });

  it('ends the session and asks to sign in again when the renewal is refused', async () => {
    const harness = setUp();
    await signIn(harness);
    await harness.router.navigateByUrl('/kpis');
    harness.clock.now = Date.parse('2025-06-15T13:00:00Z');
    const token = harness.auth.accessToken();
    (await expectOperation(harness.http, 'RefreshSession')).flush({
      data: null,
      errors: [{ message: 'Your session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(token).resolves.toBeNull();
    await settle();
    expect(harness.auth.signedIn()).toBe(false);
    expect(harness.router.url).toBe('/login?expired=1&returnUrl=%2Fkpis');
  });

  it('signs out at the API with the CSRF header, then forgets the session', async () => {
    const harness = setUp();
    await signIn(harness);
    const done = harness.auth.logout();
    const request = await expectOperation(harness.http, 'Logout');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-1');
    request.flush({ data: { logout: true } });
    await done;
    expect(harness.auth.signedIn()).toBe(false);
    expect(harness.router.url).toBe('/login');
  });

  it('signs out here even when the server cannot be reached', async () => {
    const harness = setUp();
    await signIn(harness);
    const done = harness.auth.logout();
    (await expectOperation(harness.http, 'Logout')).error(new ProgressEvent('error'), { status: 0 });
    await done;
    expect(harness.auth.signedIn()).toBe(false);
  });

  it('changes the password and continues with the new session', async () => {
    const harness = setUp();
    await signIn(harness, { ...PAYLOAD, mustChangePassword: true });
    expect(harness.auth.mustChangePassword()).toBe(true);
    const outcome = harness.auth.changePassword('old-password', 'a-new-long-password');
    const request = await expectOperation(harness.http, 'ChangePassword');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush({ data: { changePassword: { ...PAYLOAD, accessToken: 'token-3' } } });
    await expect(outcome).resolves.toEqual({ changed: true });
    expect(harness.auth.mustChangePassword()).toBe(false);
    await expect(harness.auth.accessToken()).resolves.toBe('token-3');
  });

  it.each([
    ['currentPassword', 'currentPassword: is wrong', 'is wrong'],
    ['newPassword', 'newPassword: must differ from the current password', 'must differ from the current password'],
  ])('shows a refused password change at its field %s, keeping the session', async (field, message, shown) => {
    const harness = setUp();
    await signIn(harness);
    const outcome = harness.auth.changePassword('old-password', 'a-new-long-password');
    (await expectOperation(harness.http, 'ChangePassword')).flush({
      data: null,
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }],
    });
    await expect(outcome).resolves.toEqual({ changed: false, field, message: shown });
    expect(harness.auth.signedIn()).toBe(true);
  });
});

describe('authInterceptor and authErrorLink', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the bearer token and the CSRF header to the API only', async () => {
    const harness = setUp();
    await signIn(harness);
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    const request = await expectOperation(harness.http, 'Me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.request.headers.get('X-CSRF-Token')).toBe('csrf-1');
    request.flush({ data: { me: { __typename: 'Viewer', id: 'u1' } } });
    await result;

    TestBed.inject(HttpClient).get('https://elsewhere.example/data').subscribe();
    const outside = harness.http.expectOne('https://elsewhere.example/data').request.headers;
    expect(outside.has('Authorization')).toBe(false);
    expect(outside.has('X-CSRF-Token')).toBe(false);
  });

  it('on UNAUTHENTICATED clears the session and goes to /login?expired=1 with the way back', async () => {
    const harness = setUp();
    await signIn(harness);
    await harness.router.navigateByUrl('/kpis?preset=quarter');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    (await expectOperation(harness.http, 'Me')).flush({
      data: null,
      errors: [{ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(result).rejects.toThrow('Sign in again');
    await settle();
    expect(harness.auth.signedIn()).toBe(false);
    const url = harness.router.parseUrl(harness.router.url);
    expect(url.root.children['primary']?.segments.map((s) => s.path)).toEqual(['login']);
    expect(url.queryParams).toEqual({ expired: '1', returnUrl: '/kpis?preset=quarter' });
  });

  it('on HTTP 401 also ends the session', async () => {
    const harness = setUp();
    await signIn(harness);
    await harness.router.navigateByUrl('/');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    (await expectOperation(harness.http, 'Me')).flush('Unauthorized', { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toBeDefined();
    await settle();
    expect(harness.auth.signedIn()).toBe(false);
    expect(harness.router.url).toBe('/login?expired=1');
  });

  it('leaves other errors to the page', async () => {
    const harness = setUp();
    await signIn(harness);
    await harness.router.navigateByUrl('/kpis');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    (await expectOperation(harness.http, 'Me')).flush({
      data: null,
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    await expect(result).rejects.toThrow('No');
    await settle();
    expect(harness.auth.signedIn()).toBe(true);
    expect(harness.router.url).toBe('/kpis');
  });
});

describe('guards', () => {
  it('sends a visitor without a session to the login page with the way back', async () => {
    const { router } = setUp();
    await router.navigateByUrl('/kpis?model=CONSUMER_LOANS');
    expect(router.url).toBe('/login?returnUrl=%2Fkpis%3Fmodel%3DCONSUMER_LOANS');
  });

  it('lets a signed-in person in and keeps them off the login page', async () => {
    const harness = setUp();
    await signIn(harness);
    await harness.router.navigateByUrl('/kpis');
    expect(harness.router.url).toBe('/kpis');
    await harness.router.navigateByUrl('/login');
    expect(harness.router.url).toBe('/');
  });

  it('leads a person whose password an administrator set to the change-password page only', async () => {
    const harness = setUp();
    await harness.router.navigateByUrl('/password');
    expect(harness.router.url).toBe('/login');
    await signIn(harness, { ...PAYLOAD, mustChangePassword: true });
    await harness.router.navigateByUrl('/kpis');
    expect(harness.router.url).toBe('/password');
  });

  it('accepts only return URLs inside the app', () => {
    expect(safeReturnUrl('/?preset=quarter')).toBe('/?preset=quarter');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login?expired=1')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
