import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideGraphqlClient } from '@salesdash/dashboard/shared/data-access';
import { Apollo, gql } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { authErrorLink } from './auth-error-link';
import { authGuard, guestGuard, safeReturnUrl } from './auth.guards';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { NOW, type Session, SESSION_STORAGE, SESSION_STORAGE_KEY } from './session';

@Component({ template: '' })
class Blank {}

const NOW_MS = Date.parse('2025-06-15T12:00:00Z');
const SESSION: Session = {
  accessToken: 'token-1',
  expiresAt: '2025-06-15T20:00:00Z',
  viewer: { id: 'u1', email: 'management@demo.local', displayName: 'Mia Management', role: 'MANAGEMENT' },
};
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function setUp(
  stored?: unknown,
  now: () => number = () => NOW_MS,
): { storage: MemoryStorage; http: HttpTestingController; router: Router } {
  const storage = new MemoryStorage();
  if (stored !== undefined) {
    storage.setItem(SESSION_STORAGE_KEY, typeof stored === 'string' ? stored : JSON.stringify(stored));
  }
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: Blank, canActivate: [guestGuard] },
        { path: 'kpis', component: Blank, canActivate: [authGuard] },
        { path: '', component: Blank, canActivate: [authGuard] },
      ]),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideGraphqlClient({ uri: '/graphql', links: () => [authErrorLink()] }),
      { provide: SESSION_STORAGE, useValue: storage },
      { provide: NOW, useValue: now },
    ],
  });
  return { storage, http: TestBed.inject(HttpTestingController), router: TestBed.inject(Router) };
}

/** Lets Apollo and the router finish what a flushed answer started. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

describe('AuthService', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('restores a valid session after a reload', () => {
    setUp(SESSION);
    const auth = TestBed.inject(AuthService);
    expect(auth.signedIn()).toBe(true);
    expect(auth.viewer()?.displayName).toBe('Mia Management');
    expect(auth.token()).toBe('token-1');
  });

  it('drops an expired or malformed stored session', () => {
    const { storage } = setUp({ ...SESSION, expiresAt: '2025-06-15T11:59:59Z' });
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it.each([['not json'], [JSON.stringify({ ...SESSION, viewer: { ...SESSION.viewer, role: 'KING' } })]])(
    'ignores a stored session that is malformed: %s',
    (text) => {
      setUp(text);
      expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    },
  );

  it('signs in and keeps the session in sessionStorage', async () => {
    const { storage, http } = setUp();
    const auth = TestBed.inject(AuthService);
    const outcome = auth.login(' management@demo.local ', 'demo-password');
    const request = http.expectOne('/graphql');
    expect(request.request.body.variables).toEqual({ email: 'management@demo.local', password: 'demo-password' });
    expect(request.request.headers.has('Authorization')).toBe(false);
    request.flush({ data: { login: { __typename: 'AuthPayload', ...SESSION } } });
    await expect(outcome).resolves.toBe('SIGNED_IN');
    expect(auth.viewer()?.role).toBe('MANAGEMENT');
    expect(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? '{}').accessToken).toBe('token-1');
  });

  it('reports wrong credentials without treating them as an expired session', async () => {
    const { http, router } = setUp();
    const auth = TestBed.inject(AuthService);
    await router.navigateByUrl('/login');
    const outcome = auth.login('management@demo.local', 'wrong');
    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'E-mail or password is wrong', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(outcome).resolves.toBe('INVALID_CREDENTIALS');
    await settle();
    expect(router.url).toBe('/login');
  });

  it('reports an unreachable server separately', async () => {
    const { http } = setUp();
    const outcome = TestBed.inject(AuthService).login('a@b.c', 'x');
    http.expectOne('/graphql').error(new ProgressEvent('error'), { status: 0 });
    await expect(outcome).resolves.toBe('UNAVAILABLE');
  });

  it('signs out: forgets the session and shows the login page', async () => {
    const { storage, router } = setUp(SESSION);
    const auth = TestBed.inject(AuthService);
    await auth.logout();
    expect(auth.signedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.url).toBe('/login');
  });
});

describe('authInterceptor and authErrorLink', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the bearer token to the API only', async () => {
    const { http } = setUp(SESSION);
    const apollo = TestBed.inject(Apollo);
    const result = firstValueFrom(apollo.query({ query: ME }));
    const request = http.expectOne('/graphql');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush({ data: { me: { __typename: 'Viewer', id: 'u1' } } });
    await result;

    TestBed.inject(HttpClient).get('https://elsewhere.example/data').subscribe();
    expect(http.expectOne('https://elsewhere.example/data').request.headers.has('Authorization')).toBe(false);
  });

  it('on UNAUTHENTICATED clears the session and goes to /login?expired=1', async () => {
    const { http, router, storage } = setUp(SESSION);
    await router.navigateByUrl('/kpis?preset=quarter');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'Sign in again', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(result).rejects.toThrow('Sign in again');
    await settle();
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    const url = router.parseUrl(router.url);
    expect(url.root.children['primary']?.segments.map((s) => s.path)).toEqual(['login']);
    expect(url.queryParams).toEqual({ expired: '1', returnUrl: '/kpis?preset=quarter' });
  });

  it('on HTTP 401 also ends the session', async () => {
    const { http, router } = setUp(SESSION);
    await router.navigateByUrl('/');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    http.expectOne('/graphql').flush('Unauthorized', { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toBeDefined();
    await settle();
    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(router.url).toBe('/login?expired=1');
  });

  it('leaves other errors to the page', async () => {
    const { http, router } = setUp(SESSION);
    await router.navigateByUrl('/kpis');
    const result = firstValueFrom(TestBed.inject(Apollo).query({ query: ME }));
    http.expectOne('/graphql').flush({ data: null, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] });
    await expect(result).rejects.toThrow('No');
    await settle();
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
    expect(router.url).toBe('/kpis');
  });
});

describe('guards', () => {
  it('sends a visitor without a session to the login page with the way back', async () => {
    const { router } = setUp();
    await router.navigateByUrl('/kpis?model=CONSUMER_LOANS');
    expect(router.url).toBe('/login?returnUrl=%2Fkpis%3Fmodel%3DCONSUMER_LOANS');
  });

  it('says the session expired when the stored one ran out while the page was open', async () => {
    const now = { value: NOW_MS };
    const { router } = setUp(SESSION, () => now.value);
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
    now.value = Date.parse('2025-06-15T21:00:00Z');
    await router.navigateByUrl('/');
    expect(router.url).toBe('/login?expired=1');
  });

  it('lets a signed-in person in and keeps them off the login page', async () => {
    const { router } = setUp(SESSION);
    await router.navigateByUrl('/kpis');
    expect(router.url).toBe('/kpis');
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/');
  });

  it('accepts only return URLs inside the app', () => {
    expect(safeReturnUrl('/?preset=quarter')).toBe('/?preset=quarter');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('/login?expired=1')).toBe('/');
    expect(safeReturnUrl(null)).toBe('/');
  });
});
