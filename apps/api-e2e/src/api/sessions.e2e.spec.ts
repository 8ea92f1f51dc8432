import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, startApiServer, TEST_ADMIN } from '../support/api-server';

interface Answer {
  readonly status: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  readonly setCookies: string[];
}

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt mustChangePassword viewer { email } }
}`;
const REFRESH = 'mutation { refreshSession { accessToken expiresAt mustChangePassword } }';

/** A browser-like client: keeps the cookies the API sets and sends those whose path matches. */
class CookieClient {
  readonly jar = new Map<string, { value: string; path: string }>();

  constructor(private readonly api: ApiServer) {}

  csrf(): string | undefined {
    return this.jar.get('sd_csrf')?.value;
  }

  async post(
    query: string,
    options: { variables?: Record<string, unknown>; token?: string; csrf?: string } = {},
  ): Promise<Answer> {
    const cookie = [...this.jar]
      .filter(([, stored]) => '/graphql'.startsWith(stored.path))
      .map(([name, stored]) => `${name}=${stored.value}`)
      .join('; ');
    const response = await fetch(`${this.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice(5) ?? '/';
      const expired = attributes.some((attribute) => /^expires=Thu, 01 Jan 1970/i.test(attribute));
      if (expired || value === '') {
        this.jar.delete(name);
      } else {
        this.jar.set(name, { value, path });
      }
    }
    return { status: response.status, body: await response.json(), setCookies };
  }
}

function codeOf(answer: Answer): unknown {
  return answer.body.errors?.[0]?.extensions?.['code'];
}

describe('sessions over HTTP: short access token, rotating refresh cookie, CSRF, sign-out', () => {
  let db: TestDatabase;
  let api: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  /** The error code of `me` with this access token; undefined when it works. */
  async function meCode(accessToken: string): Promise<unknown> {
    return (await api.graphql('{ me { email } }', undefined, accessToken)).errors?.[0].extensions?.['code'];
  }

  async function signIn(): Promise<{ client: CookieClient; token: string; answer: Answer }> {
    const client = new CookieClient(api);
    const answer = await client.post(LOGIN, { variables: { ...TEST_ADMIN } });
    const login = answer.body.data?.['login'] as { accessToken: string };
    return { client, token: login.accessToken, answer };
  }

  it('issues an access token valid for at most 15 minutes and sets the two session cookies', async () => {
    const before = Date.now();
    const { answer } = await signIn();
    const login = answer.body.data?.['login'] as { expiresAt: string; mustChangePassword: boolean };
    expect(Date.parse(login.expiresAt) - before).toBeLessThanOrEqual(15 * 60_000);
    expect(login.mustChangePassword).toBe(false);
    const refresh = answer.setCookies.find((line) => line.startsWith('sd_refresh='));
    const csrf = answer.setCookies.find((line) => line.startsWith('sd_csrf='));
    expect(refresh).toMatch(/; Path=\/graphql/);
    expect(refresh).toMatch(/; HttpOnly/);
    expect(refresh).toMatch(/; SameSite=Strict/);
    expect(csrf).toMatch(/; Path=\//);
    expect(csrf).toMatch(/; SameSite=Strict/);
    expect(csrf).not.toMatch(/HttpOnly/);
  });

  it('refreshes with the cookie and the CSRF header, rotating the refresh cookie', async () => {
    const { client } = await signIn();
    const firstRefreshCookie = client.jar.get('sd_refresh')?.value;
    const answer = await client.post(REFRESH, { csrf: client.csrf() });
    expect(answer.body.errors).toBeUndefined();
    const token = (answer.body.data?.['refreshSession'] as { accessToken: string }).accessToken;
    expect(client.jar.get('sd_refresh')?.value).not.toBe(firstRefreshCookie);
    expect((await api.graphql<{ me: { email: string } }>('{ me { email } }', undefined, token)).data?.me.email).toBe(
      TEST_ADMIN.email,
    );
  });

  it('refuses a refresh without or with a wrong CSRF header (FORBIDDEN) and without the cookie (UNAUTHENTICATED)', async () => {
    const { client } = await signIn();
    expect(codeOf(await client.post(REFRESH))).toBe('FORBIDDEN');
    const { client: other } = await signIn();
    expect(codeOf(await other.post(REFRESH, { csrf: 'forged' }))).toBe('FORBIDDEN');
    expect(codeOf(await new CookieClient(api).post(REFRESH, { csrf: 'anything' }))).toBe('UNAUTHENTICATED');
  });

  it('revokes the whole session when a rotated refresh token is replayed', async () => {
    const { client, token } = await signIn();
    const stolen = new CookieClient(api);
    stolen.jar.set('sd_refresh', { ...(client.jar.get('sd_refresh') as { value: string; path: string }) });
    const csrf = client.csrf();
    const rotated = await client.post(REFRESH, { csrf });
    const freshToken = (rotated.body.data?.['refreshSession'] as { accessToken: string }).accessToken;
    expect(codeOf(await stolen.post(REFRESH, { csrf }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.post(REFRESH, { csrf }))).toBe('UNAUTHENTICATED');
    for (const accessToken of [token, freshToken]) {
      expect(await meCode(accessToken)).toBe('UNAUTHENTICATED');
    }
  });

  it('signs out: clears the cookies and ends the refresh token and the access token of the session', async () => {
    const { client, token } = await signIn();
    const spentRefresh = client.jar.get('sd_refresh')?.value;
    expect(codeOf(await client.post('mutation { logout }'))).toBe('FORBIDDEN');
    const answer = await client.post('mutation { logout }', { csrf: client.csrf() });
    expect(answer.body.data).toEqual({ logout: true });
    expect(client.jar.has('sd_refresh')).toBe(false);
    expect(client.jar.has('sd_csrf')).toBe(false);
    expect(await meCode(token)).toBe('UNAUTHENTICATED');
    const replay = new CookieClient(api);
    replay.jar.set('sd_refresh', { value: spentRefresh ?? '', path: '/graphql' });
    expect(codeOf(await replay.post(REFRESH, { csrf: 'anything' }))).toBe('UNAUTHENTICATED');
  });

  it('signs out with the access token alone: its session and refresh token end, other sessions go on', async () => {
    const { client, token } = await signIn();
    const { token: elsewhere } = await signIn();
    const answer = await new CookieClient(api).post('mutation { logout }', { token });
    expect(answer.body).toEqual({ data: { logout: true } });
    expect(await meCode(token)).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.post(REFRESH, { csrf: client.csrf() }))).toBe('UNAUTHENTICATED');
    expect(await meCode(elsewhere)).toBeUndefined();
  });

  it('answers a sign-out without credentials, or with a forged access token, and ends nothing', async () => {
    const { token } = await signIn();
    for (const forged of [undefined, 'not-a-token', `${token.slice(0, -4)}AAAA`]) {
      const answer = await new CookieClient(api).post('mutation { logout }', { token: forged });
      expect(answer.body).toEqual({ data: { logout: true } });
    }
    expect(await meCode(token)).toBeUndefined();
  });

  it('lets a user whose password an administrator set do nothing but change it', async () => {
    await db.dataSource.query(`
      INSERT INTO app_user (user_id, email, display_name, role, password_hash, must_change_password)
      SELECT 'U-NEW', 'new@e2e.test', 'New', 'MARKETING', password_hash, true FROM app_user WHERE email = '${TEST_ADMIN.email}'`);
    const client = new CookieClient(api);
    const login = await client.post(LOGIN, { variables: { email: 'new@e2e.test', password: TEST_ADMIN.password } });
    const { accessToken, mustChangePassword } = login.body.data?.['login'] as {
      accessToken: string;
      mustChangePassword: boolean;
    };
    expect(mustChangePassword).toBe(true);
    const refused = await api.graphql('{ kpiCatalogue { code } }', undefined, accessToken);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await api.graphql('{ me { email } }', undefined, accessToken)).data).toEqual({
      me: { email: 'new@e2e.test' },
    });

    const change = `mutation ($current: String!, $next: String!) {
      changePassword(currentPassword: $current, newPassword: $next) { accessToken mustChangePassword }
    }`;
    const tooShort = await client.post(change, {
      token: accessToken,
      variables: { current: TEST_ADMIN.password, next: 'short' },
    });
    expect(tooShort.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await client.post(change, {
      token: accessToken,
      variables: { current: TEST_ADMIN.password, next: 'my-own-long-password' },
    });
    const after = changed.body.data?.['changePassword'] as { accessToken: string; mustChangePassword: boolean };
    expect(after.mustChangePassword).toBe(false);
    expect((await api.graphql('{ kpiCatalogue { code } }', undefined, after.accessToken)).errors).toBeUndefined();
    expect(await meCode(accessToken)).toBe('UNAUTHENTICATED');
  });
});
