import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, startApiServer, TEST_ADMIN } from '../support/api-server';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`;

interface LogLine {
  readonly msg?: string;
  readonly err?: { message?: string };
  readonly req?: { headers?: Record<string, unknown> };
}

/** The JSON lines the server wrote (it writes JSON whenever its output is not a terminal). */
function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('secrets in the log', () => {
  let db: TestDatabase;
  let api: ApiServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { LOG_LEVEL: 'error' });
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('logs an unexpected error without the bearer token, the session cookies or the CSRF header', async () => {
    const login = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { ...TEST_ADMIN } }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const cookies = new Map(
      login.headers.getSetCookie().map((line) => {
        const pair = line.split(';')[0];
        return [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const;
      }),
    );
    const secrets = [token, cookies.get('sd_refresh'), cookies.get('sd_csrf')];
    expect(secrets.every((secret) => typeof secret === 'string' && secret.length > 20)).toBe(true);

    // A query on a table that is not there fails the way a bug does: an error the API did not expect.
    await db.dataSource.query('ALTER TABLE business_model RENAME TO business_model_hidden');
    try {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          'x-csrf-token': cookies.get('sd_csrf') as string,
        },
        body: JSON.stringify({ query: '{ businessModels { code } }' }),
      });
      const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(answer.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.dataSource.query('ALTER TABLE business_model_hidden RENAME TO business_model');
    }

    // The same on a plain HTTP route, whose unexpected errors Nest logs with the request they came with.
    await db.dataSource.query('ALTER TABLE region RENAME TO region_hidden');
    try {
      const upload = new FormData();
      upload.append('files', new Blob(['region_id,name\nR-LOG,Logged\n']), 'regions.csv');
      const response = await fetch(`${api.baseUrl}/api/imports`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          'x-csrf-token': cookies.get('sd_csrf') as string,
        },
        body: upload,
      });
      expect(response.status).toBe(500);
    } finally {
      await db.dataSource.query('ALTER TABLE region_hidden RENAME TO region');
    }

    await eventually(() => api.output().includes('unexpected error in a GraphQL operation'));
    await eventually(() => logLines(api.output()).some((line) => line.req?.headers));
    const output = api.output();
    for (const secret of secrets) {
      expect(output).not.toContain(secret);
    }
    const errorLines = logLines(output).filter((line) => /business_model|region/.test(JSON.stringify(line)));
    expect(errorLines.map((line) => line.msg)).toContain('unexpected error in a GraphQL operation');
    const withRequest = logLines(output).filter((line) => line.req?.headers);
    expect(withRequest.length).toBeGreaterThan(0);
    for (const line of withRequest) {
      expect(line.req?.headers).toMatchObject({
        authorization: '[redacted]',
        cookie: '[redacted]',
        'x-csrf-token': '[redacted]',
      });
    }
  });
});
