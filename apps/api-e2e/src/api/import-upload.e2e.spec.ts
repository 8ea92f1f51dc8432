import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, startApiServer, TEST_ADMIN } from '../support/api-server';

const REGIONS = 'region_id,name\nR-E2E-N,North\nR-E2E-S,South\n';
const TEAMS = 'team_id,name,region_id,manager_user_id\nT-E2E,Team North,R-E2E-N,\n';
const USERS = 'user_id,email,display_name,role,team_id\nU-E2E-REP,rep@upload.test,Rey Rep,SALES_REP,T-E2E\n';
const DEALS =
  'deal_id,business_model,rep_id,customer_id,created_at,amount\n' +
  'D-E2E-1,CONSUMER_LOANS,U-E2E-REP,C1,2026-01-05T09:00:00Z,1200.50\n' +
  'D-E2E-2,PREMIUM_FINANCING,U-E2E-REP,C2,2026-01-06T09:00:00Z,250000\n';
const OTHER_ROLES = ['MARKETING', 'SALES_MANAGER', 'SALES_REP'] as const;

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function bundleForm(files: Readonly<Record<string, string>>): FormData {
  const form = new FormData();
  for (const [name, content] of Object.entries(files)) {
    form.append('files', new Blob([content], { type: 'text/csv' }), name);
  }
  return form;
}

describe('POST /api/imports: the dashboard upload over HTTP', () => {
  let db: TestDatabase;
  let api: ApiServer;
  const tokens = new Map<string, string>();

  /** A signed-in user of the role: the administrator, or an account with the administrator's password. */
  async function tokenOf(role: string): Promise<string> {
    const known = tokens.get(role);
    if (known) {
      return known;
    }
    const email = `${role.toLowerCase()}@upload.test`;
    if (role !== 'ADMIN') {
      await db.dataSource.query(
        `INSERT INTO app_user (user_id, email, display_name, role, password_hash)
         SELECT $1, $1, $2, $2, password_hash FROM app_user WHERE email = $3`,
        [email, role, TEST_ADMIN.email],
      );
    }
    const token = role === 'ADMIN' ? await api.login() : await api.login(email, TEST_ADMIN.password);
    tokens.set(role, token);
    return token;
  }

  async function upload(files: Readonly<Record<string, string>> | FormData, token?: string): Promise<Answer> {
    const response = await fetch(`${api.baseUrl}/api/imports`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: files instanceof FormData ? files : bundleForm(files),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const count = async (table: string): Promise<number> =>
    (await db.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;
  const auditEntries = (): Promise<{ actor: string; action: string; after: unknown }[]> =>
    db.dataSource.query(
      `SELECT u.email AS actor, a.action, a.after FROM audit_log a JOIN app_user u ON u.user_id = a.actor_user_id
       WHERE a.entity_type = 'import' ORDER BY a.audit_id`,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('lets ADMIN import a bundle: rows per file, audited as import.bundle', async () => {
    const answer = await upload(
      { 'regions.csv': REGIONS, 'teams.csv': TEAMS, 'users.csv': USERS },
      await tokenOf('ADMIN'),
    );

    const files = [
      { file: 'regions.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
      { file: 'teams.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0 },
      { file: 'users.csv', rows: 1, inserted: 1, updated: 0, unchanged: 0 },
    ];
    expect(answer).toEqual({ status: 200, body: { status: 'IMPORTED', files, durationMs: expect.any(Number) } });
    expect(await count('team')).toBe(1);
    expect(await auditEntries()).toEqual([{ actor: TEST_ADMIN.email, action: 'import.bundle', after: { files } }]);
  });

  it('lets CONTROLLING import against stored rows; the same rows again change nothing', async () => {
    const token = await tokenOf('CONTROLLING');

    const answer = await upload({ 'regions.csv': REGIONS, 'deals.csv': DEALS }, token);

    expect(answer.status).toBe(200);
    expect(answer.body['files']).toEqual([
      { file: 'regions.csv', rows: 2, inserted: 0, updated: 0, unchanged: 2 },
      { file: 'deals.csv', rows: 2, inserted: 2, updated: 0, unchanged: 0 },
    ]);
    expect((await auditEntries()).at(-1)).toMatchObject({ actor: 'controlling@upload.test', action: 'import.bundle' });
  });

  it('answers an invalid bundle with the full error list as file:line column: message and by message code, and writes nothing', async () => {
    const deals =
      'deal_id,business_model,rep_id,customer_id,created_at,amount,colour\n' +
      'D-E2E-3,CONSUMER_LOANS,U-NOBODY,C3,2026-13-01T00:00:00Z,-5,red\n';
    const regions = 'region_id,name\nR-E2E-W,West\nR-E2E-W,West again\n';
    const before = await Promise.all(['region', 'deal'].map(count));

    const answer = await upload({ 'regions.csv': regions, 'deals.csv': deals }, await tokenOf('CONTROLLING'));

    const errors = [
      "regions.csv:3 region_id: duplicate id 'R-E2E-W' (first on line 2)",
      'deals.csv:1 colour: unknown column (deals.csv has: deal_id, business_model, rep_id, customer_id, created_at, amount, segment, source_touchpoint)',
      "deals.csv:2 created_at: must be an ISO 8601 timestamp with Z or an offset, like 2026-01-31T09:30:00Z (got '2026-13-01T00:00:00Z')",
      "deals.csv:2 amount: must be an amount in EUR ≥ 0 with at most 2 decimals and no thousands separators, like 1250.50 (got '-5')",
      "deals.csv:2 rep_id: unknown user 'U-NOBODY' (neither in users.csv nor stored)",
    ];
    const issues = [
      {
        file: 'regions.csv',
        line: 3,
        column: 'region_id',
        code: 'DUPLICATE_ID',
        params: { id: 'R-E2E-W', firstLine: 2 },
      },
      {
        file: 'deals.csv',
        line: 1,
        column: 'colour',
        code: 'UNKNOWN_COLUMN',
        params: {
          file: 'deals.csv',
          columns: 'deal_id, business_model, rep_id, customer_id, created_at, amount, segment, source_touchpoint',
        },
      },
      {
        file: 'deals.csv',
        line: 2,
        column: 'created_at',
        code: 'TIMESTAMP_FORMAT',
        params: { value: '2026-13-01T00:00:00Z' },
      },
      { file: 'deals.csv', line: 2, column: 'amount', code: 'AMOUNT_FORMAT', params: { value: '-5' } },
      {
        file: 'deals.csv',
        line: 2,
        column: 'rep_id',
        code: 'UNRESOLVED_USER',
        params: { value: 'U-NOBODY', file: 'users.csv' },
      },
    ].map((issue, index) => ({ ...issue, message: errors[index].replace(/^\S+ [^:]+: /, '') }));
    expect(answer).toEqual({ status: 422, body: { status: 'REJECTED', errors, issues, errorCount: 5 } });
    expect(await Promise.all(['region', 'deal'].map(count))).toEqual(before);
    expect((await auditEntries()).at(-1)).toEqual({
      actor: 'controlling@upload.test',
      action: 'import.rejected',
      after: { files: ['regions.csv', 'deals.csv'], errorCount: 5 },
    });
  });

  it.each(OTHER_ROLES)('refuses %s with 403 FORBIDDEN, and imports nothing', async (role) => {
    const answer = await upload({ 'regions.csv': 'region_id,name\nR-E2E-X,Refused\n' }, await tokenOf(role));

    expect(answer).toEqual({
      status: 403,
      body: {
        error: {
          code: 'FORBIDDEN',
          messageCode: 'ROLE_MAY_NOT_USE_OPERATION',
          params: { role },
          message: `The role ${role} may not use this operation`,
        },
      },
    });
    expect(await db.dataSource.query(`SELECT 1 FROM region WHERE region_id = 'R-E2E-X'`)).toEqual([]);
  });

  it.each([
    ['no token', undefined],
    ['an invalid token', 'not-a-token'],
  ])('refuses an upload with %s: 401 UNAUTHENTICATED', async (_case, token) => {
    const answer = await upload({ 'regions.csv': 'region_id,name\nR-E2E-X,Refused\n' }, token);

    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      error: {
        code: 'UNAUTHENTICATED',
        messageCode: 'SIGN_IN_FIRST',
        params: {},
        message: 'Sign in first: the access token is missing, invalid or expired',
      },
    });
  });

  it('refuses a file name outside the bundle with 400, naming the allowed files', async () => {
    const answer = await upload({ 'regions.csv': REGIONS, 'customers.csv': 'id\n1\n' }, await tokenOf('ADMIN'));

    expect(answer.status).toBe(400);
    expect(answer.body['error']).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'files',
      message:
        "files: 'customers.csv' is not a bundle file; a bundle holds only regions.csv, teams.csv, users.csv, deals.csv, " +
        'stage_events.csv, interactions.csv, feedback.csv and targets.csv',
    });
  });

  it('refuses an empty upload with 400', async () => {
    const answer = await upload(new FormData(), await tokenOf('ADMIN'));

    expect(answer).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message:
            "files: no file was uploaded; send the bundle's CSV files as multipart/form-data in the field 'files'",
        },
      },
    });
  });
});
