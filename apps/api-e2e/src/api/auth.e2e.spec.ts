import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, startApiServer, TEST_ADMIN } from '../support/api-server';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt viewer { email role displayName } }
}`;

describe('sign-in and the guard in front of every operation', () => {
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

  it('answers /health with the database state', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      info: { database: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' } },
    });
  });

  it('creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD and signs them in (e-mail case-insensitive)', async () => {
    const result = await api.graphql<{ login: { accessToken: string; viewer: { role: string } } }>(LOGIN, {
      email: TEST_ADMIN.email.toUpperCase(),
      password: TEST_ADMIN.password,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.viewer.role).toBe('ADMIN');
    expect(result.data?.login.accessToken.split('.')).toHaveLength(3);
  });

  it('stores the password as an argon2id hash', async () => {
    const [row] = await db.dataSource.query('SELECT password_hash FROM app_user WHERE email = $1', [TEST_ADMIN.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('gives one generic answer for a wrong password and for an unknown account', async () => {
    const wrongPassword = await api.graphql(LOGIN, { email: TEST_ADMIN.email, password: 'not-the-password' });
    const unknownUser = await api.graphql(LOGIN, { email: 'nobody@e2e.test', password: 'whatever-password' });
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: 'E-mail or password is wrong',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('refuses every other operation without a valid token', async () => {
    for (const token of [undefined, 'not-a-token', `${await api.login()}x`]) {
      const result = await api.graphql('{ kpiCatalogue { code } }', undefined, token);
      expect(result.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('lets a deactivated user lose access at once', async () => {
    const token = await api.login();
    await db.dataSource.query('UPDATE app_user SET active = false WHERE email = $1', [TEST_ADMIN.email]);
    const result = await api.graphql('{ me { email } }', undefined, token);
    await db.dataSource.query('UPDATE app_user SET active = true WHERE email = $1', [TEST_ADMIN.email]);
    expect(result.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers me with the signed-in viewer', async () => {
    const result = await api.graphql<{ me: { email: string; role: string } }>(
      '{ me { email role } }',
      undefined,
      await api.login(),
    );
    expect(result.data?.me).toEqual({ email: TEST_ADMIN.email, role: 'ADMIN' });
  });

  it('keeps the dashboard language a person chooses, shows it with every viewer, and refuses any other', async () => {
    const token = await api.login();
    const viewer = '{ me { language } }';
    expect(
      (await api.graphql<{ me: { language: string | null } }>(viewer, undefined, token)).data?.me.language,
    ).toBeNull();

    const chosen = await api.graphql('mutation { chooseLanguage(language: de) }', undefined, token);
    expect(chosen).toMatchObject({ data: { chooseLanguage: 'de' } });
    expect((await api.graphql<{ me: { language: string } }>(viewer, undefined, token)).data?.me.language).toBe('de');
    const signedIn = await api.graphql<{ login: { viewer: { language: string } } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { viewer { language } } }',
      { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    );
    expect(signedIn.data?.login.viewer.language).toBe('de');

    const refused = await api.graphql('mutation { chooseLanguage(language: fr) }', undefined, token);
    expect(refused.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const [row] = await db.dataSource.query('SELECT language FROM app_user WHERE email = $1', [TEST_ADMIN.email]);
    expect(row.language).toBe('de');
  });
});
