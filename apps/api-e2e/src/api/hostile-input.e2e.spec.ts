import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, type GraphqlResponse, startApiServer } from '../support/api-server';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const KPI_VALUES = 'query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi } }';
const KPI_TREND = 'query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { kpi } }';
const ADMIN_USERS = 'query ($filter: AdminUserFilter) { adminUsers(filter: $filter) { totalCount } }';
const CREATE_REGION = 'mutation ($input: AdminRegionInput!) { createRegion(input: $input) { id name } }';
const CREATE_TEAM = 'mutation ($input: AdminTeamInput!) { createTeam(input: $input) { id } }';
const UPDATE_TEAM = 'mutation ($input: AdminTeamInput!) { updateTeam(input: $input) { id name } }';
const CORRIDORS = 'query ($onDate: Date) { corridors(onDate: $onDate) { version } }';
const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const LONE_SURROGATE = 'North \ud800 East';

function errorOf(result: GraphqlResponse<unknown>): { message: string; extensions?: Record<string, unknown> } {
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0] ?? { message: '' };
}

/** The operation was refused as bad input on `field`, nothing of it executed, and no internals leaked. */
function expectRefused(result: GraphqlResponse<unknown>, field: string, message: RegExp): void {
  const error = errorOf(result);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(error.message).toMatch(message);
  expect(result.data ?? null).toBeNull();
  expect(JSON.stringify(result)).not.toMatch(/invalid byte sequence|invalid input syntax|out of range|QueryFailed/);
}

/** Variable coercion refused the value: BAD_USER_INPUT naming the variable (and the path in it), nothing executed. */
function expectRefusedVariable(result: GraphqlResponse<unknown>, path: string, message: RegExp): void {
  const error = errorOf(result);
  expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
  const [variable] = path.split('.');
  expect(error.message).toContain(`Variable "$${variable}" got invalid value`);
  if (path !== variable) {
    expect(error.message).toContain(`at "${path}"`);
  }
  expect(error.message).toMatch(message);
  expect(result.data).toBeUndefined();
}

describe('hostile input over HTTP', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    token = await api.login();
    await db.dataSource.query(`INSERT INTO region (region_id, name) VALUES ('R-HOSTILE', 'Hostile')`);
    await db.dataSource.query(
      `INSERT INTO team (team_id, name, region_id) VALUES ('T-HOSTILE', 'Hostile', 'R-HOSTILE')`,
    );
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  describe('text: no NUL, well-formed Unicode, a length limit — for every operation, before it runs', () => {
    it('refuses a NUL in the login e-mail without signing in', async () => {
      const result = await api.graphql(LOGIN, { email: 'admin\u0000@e2e.test', password: 'e2e-admin-password' });
      expectRefused(result, 'email', /^email: must not contain NUL characters/);
    });

    it('refuses a NUL written as an escape in a literal argument', async () => {
      const result = await api.graphql('mutation { login(email: "a\\u0000@e2e.test", password: "x") { accessToken } }');
      expectRefused(result, 'email', /NUL/);
    });

    it.each([
      ['kpiValues', KPI_VALUES, { ...JANUARY, scope: { type: 'TEAM', id: 'T-HOSTILE\u0000' } }],
      ['kpiTrend', KPI_TREND, { to: '2026-02-01', scope: { type: 'REP', id: '\u0000' } }],
    ])('refuses a NUL in the scope id of %s', async (_name, query, filter) => {
      const result = await api.graphql(query, { filter }, token);
      expectRefused(result, 'filter.scope.id', /^filter\.scope\.id: must not contain NUL characters/);
    });

    it('refuses a NUL in the user search filter', async () => {
      const result = await api.graphql(ADMIN_USERS, { filter: { search: 'adm\u0000' } }, token);
      expectRefused(result, 'filter.search', /NUL/);
    });

    it('refuses a NUL in an element of a list, naming its index', async () => {
      const result = await api.graphql(KPI_VALUES, { filter: { ...JANUARY, kpis: ['WIN_RATE', 'NEW\u0000'] } }, token);
      expectRefused(result, 'filter.kpis[1]', /NUL/);
    });

    it.each([
      ['createRegion', CREATE_REGION, { id: 'R-SURROGATE', name: LONE_SURROGATE }],
      ['createTeam', CREATE_TEAM, { id: 'T-SURROGATE', name: '\udc00', regionId: 'R-HOSTILE' }],
      ['updateTeam (a rename)', UPDATE_TEAM, { id: 'T-HOSTILE', name: LONE_SURROGATE, regionId: 'R-HOSTILE' }],
    ])('refuses a lone surrogate in the name of %s and changes nothing', async (_name, query, input) => {
      const auditBefore = await db.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
      const result = await api.graphql(query, { input }, token);
      expectRefused(result, 'input.name', /^input\.name: must be well-formed Unicode/);
      expect(await db.dataSource.query(`SELECT region_id FROM region WHERE region_id = 'R-SURROGATE'`)).toEqual([]);
      expect(await db.dataSource.query(`SELECT name FROM team ORDER BY team_id`)).toEqual([{ name: 'Hostile' }]);
      expect(await db.dataSource.query('SELECT count(*)::int AS count FROM audit_log')).toEqual(auditBefore);
    });

    it('refuses a name over its own limit of 120 characters at the edge', async () => {
      const result = await api.graphql(CREATE_REGION, { input: { id: 'R-LONG', name: 'x'.repeat(121) } }, token);
      expectRefused(result, 'input.name', /^input\.name: must be at most 120 characters \(got 121\)$/);
    });

    it('refuses any text over the global limit of 10000 characters, naming the field', async () => {
      const result = await api.graphql(KPI_VALUES, { filter: { ...JANUARY, kpis: ['x'.repeat(10_001)] } }, token);
      expectRefused(result, 'filter.kpis[0]', /^filter\.kpis\[0\]: must be at most 10000 characters \(got 10001\)$/);
    });

    it('refuses an id over 64 characters before any lookup', async () => {
      const result = await api.graphql(
        KPI_VALUES,
        { filter: { ...JANUARY, scope: { type: 'TEAM', id: 'T'.repeat(65) } } },
        token,
      );
      expectRefused(result, 'filter.scope.id', /must be at most 64 characters \(got 65\)/);
    });

    it('reports every bad text of one operation at once', async () => {
      const result = await api.graphql(
        CREATE_TEAM,
        { input: { id: 'T-\u0000', name: '\ud800', regionId: 'R' } },
        token,
      );
      const error = errorOf(result);
      expect(error.extensions?.['issues']).toEqual([
        { field: 'input.id', messageCode: 'TEXT_HOLDS_NUL', params: {}, message: expect.stringMatching(/NUL/) },
        {
          field: 'input.name',
          messageCode: 'TEXT_LONE_SURROGATE',
          params: {},
          message: expect.stringMatching(/well-formed Unicode/),
        },
      ]);
    });

    it('refuses null sent for a non-null argument through a variable with a default', async () => {
      const result = await api.graphql(
        'query ($search: String = "ann") { auditTrail(entityType: $search, entityId: "U-1") { id } }',
        { search: null },
        token,
      );
      expectRefused(result, 'entityType', /must not be null/);
    });

    it('still accepts well-formed text: a name with an emoji (a surrogate pair) of exactly 120 characters', async () => {
      const name = `🚀 ${'x'.repeat(117)}`;
      expect(name).toHaveLength(120);
      const result = await api.graphql<{ createRegion: { name: string } }>(
        CREATE_REGION,
        { input: { id: 'R-ROCKET', name } },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.createRegion.name).toBe(name);
    });
  });

  describe('dates and instants: real calendar dates from 1900 to 9999 (UTC)', () => {
    it.each([
      ['year 0000', '0000-01-01T00:00:00Z'],
      ['30 February', '2026-02-30T12:00:00Z'],
      ['hour 24', '2026-01-31T24:00:00Z'],
      ['an offset beyond 14 hours', '2026-01-31T12:00:00+15:00'],
      ['an instant before 1900 (by its offset)', '1900-01-01T00:30:00+01:00'],
      ['an instant after 9999 (by its offset)', '9999-12-31T23:30:00-01:00'],
    ])('refuses asOf of %s', async (_name, asOf) => {
      const result = await api.graphql(KPI_VALUES, { filter: { ...JANUARY, asOf } }, token);
      expectRefusedVariable(result, 'filter.asOf', /DateTime must be/);
    });

    it('refuses an impossible asOf written as a literal, too', async () => {
      const result = await api.graphql(
        '{ kpiValues(filter: { from: "2026-01-01", to: "2026-02-01", asOf: "2026-02-30T12:00:00Z" }) { kpi } }',
        undefined,
        token,
      );
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0].message).toMatch(/DateTime must be/);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(result.errors?.[0].extensions?.['code']);
    });

    it.each([
      ['1900-01-01T00:00:00Z'],
      ['9999-12-31T23:59:59.999Z'],
      ['2024-02-29T23:59:59+14:00'],
      ['2026-01-31T09:30+02'],
    ])('accepts asOf %s', async (asOf) => {
      const result = await api.graphql(KPI_VALUES, { filter: { ...JANUARY, kpis: ['NEW_LEADS'], asOf } }, token);
      expect(result.errors).toBeUndefined();
    });

    it.each([['0000-01-01'], ['1899-12-31'], ['2026-02-30'], ['2026-13-01']])('refuses the date %s', async (onDate) => {
      const result = await api.graphql(CORRIDORS, { onDate }, token);
      expectRefusedVariable(result, 'onDate', /Date must be a calendar date YYYY-MM-DD from 1900-01-01 to 9999-12-31/);
    });

    it.each([['1900-01-01'], ['9999-12-31'], ['2024-02-29']])('accepts the date %s', async (onDate) => {
      const result = await api.graphql(CORRIDORS, { onDate }, token);
      expect(result.errors).toBeUndefined();
    });
  });

  describe('automatic persisted queries', () => {
    async function post(body: unknown): Promise<{ status: number; result: GraphqlResponse<unknown> }> {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, result: (await response.json()) as GraphqlResponse<unknown> };
    }

    it.each([
      ['a hash that does not match the query', { query: '{ me { id } }', hash: 'deadbeef', version: 1 }],
      ['a hash without a query', { query: undefined, hash: 'a'.repeat(64), version: 1 }],
      ['an unknown version', { query: '{ me { id } }', hash: 'deadbeef', version: 2 }],
    ])('refuses %s as a client error, never a server error', async (_name, { query, hash, version }) => {
      const { status, result } = await post({ query, extensions: { persistedQuery: { version, sha256Hash: hash } } });
      // Apollo answers persisted-query refusals with 200 by that protocol, so that clients fall back to plain queries.
      expect(status).toBeLessThan(500);
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    });
  });
});
