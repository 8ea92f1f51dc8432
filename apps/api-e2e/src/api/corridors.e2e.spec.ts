import { rebuildFacts } from '@salesdash/api/facts';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { type ApiServer, type GraphqlResponse, startApiServer, TEST_ADMIN } from '../support/api-server';

const PUBLISH = `mutation ($input: PublishCorridorInput!) {
  publishCorridor(input: $input) { id version effectiveFrom acceptableMax toleratedMax publishedBy description }
}`;
const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value sampleSize status policyVersion } }`;
const KPI_TREND = `query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { points { from status policyVersion } } }`;

const CORRIDOR = {
  businessModel: 'CONSUMER_LOANS',
  kpi: 'NEW_LEADS',
  effectiveFrom: '2026-01-01',
  acceptableMin: 3,
  toleratedMin: 2,
  rationale: 'Consumer loans are a volume business.',
  expectedVersion: null,
};
const MARCH = { from: '2026-03-01', to: '2026-04-01', businessModels: ['CONSUMER_LOANS'], kpis: ['NEW_LEADS'] };

/** Mutations only CONTROLLING may call, each with input it would accept. */
const CONTROLLING_ONLY: readonly [string, string, Record<string, unknown>][] = [
  ['publishCorridor', PUBLISH, { input: { ...CORRIDOR, kpi: 'ACTIVITIES' } }],
  [
    'createBusinessModel',
    'mutation ($input: BusinessModelInput!) { createBusinessModel(input: $input) { code } }',
    { input: { code: 'HACKED_MODEL', name: 'Hacked', description: '' } },
  ],
  [
    'updateBusinessModel',
    'mutation ($input: BusinessModelInput!) { updateBusinessModel(input: $input) { code } }',
    { input: { code: 'CONSUMER_LOANS', name: 'Hacked', description: '' } },
  ],
  ['retireBusinessModel', 'mutation { retireBusinessModel(code: "CONSUMER_LOANS") { code } }', {}],
  ['reinstateBusinessModel', 'mutation { reinstateBusinessModel(code: "CONSUMER_LOANS") { code } }', {}],
];

function codeOf(result: GraphqlResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}

describe('corridors over HTTP', () => {
  let db: TestDatabase;
  let api: ApiServer;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    await db.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash)
       SELECT v.id, v.email, v.name, v.role, a.password_hash
       FROM (VALUES
         ('U-MGMT', 'management@e2e.test', 'Management', 'MANAGEMENT'),
         ('U-CTRL', 'controlling@e2e.test', 'Carla Controlling', 'CONTROLLING'),
         ('U-MKT', 'marketing@e2e.test', 'Marketing', 'MARKETING'),
         ('U-MGR', 'manager@e2e.test', 'Manager', 'SALES_MANAGER'),
         ('U-REP', 'rep@e2e.test', 'Rep', 'SALES_REP')
       ) AS v(id, email, name, role)
       CROSS JOIN (SELECT password_hash FROM app_user WHERE email = $1) a`,
      [TEST_ADMIN.email],
    );
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MGR');
      UPDATE app_user SET team_id = 'T1' WHERE user_id = 'U-REP';
      INSERT INTO deal VALUES
        ('D1', 'CONSUMER_LOANS', 'U-REP', 'C1', '2026-03-02T00:00:00Z', 100, NULL, NULL),
        ('D2', 'CONSUMER_LOANS', 'U-REP', 'C2', '2026-03-03T00:00:00Z', 100, NULL, NULL);`);
    await rebuildFacts(db.dataSource);
    const emails: Record<Role, string> = {
      ADMIN: TEST_ADMIN.email,
      MANAGEMENT: 'management@e2e.test',
      CONTROLLING: 'controlling@e2e.test',
      MARKETING: 'marketing@e2e.test',
      SALES_MANAGER: 'manager@e2e.test',
      SALES_REP: 'rep@e2e.test',
    };
    for (const role of ROLES) {
      tokens.set(role, await api.login(emails[role], TEST_ADMIN.password));
    }
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const as = <T>(role: Role, query: string, variables?: Record<string, unknown>) =>
    api.graphql<T>(query, variables, tokens.get(role));

  it('lets controlling publish, and kpiValues and kpiTrend judge against it', async () => {
    const before = await as<{ kpiValues: unknown[] }>('MANAGEMENT', KPI_VALUES, { filter: MARCH });
    expect(before.data?.kpiValues).toEqual([
      {
        kpi: 'NEW_LEADS',
        businessModel: 'CONSUMER_LOANS',
        value: 2,
        sampleSize: 2,
        status: 'NO_RANGE',
        policyVersion: null,
      },
    ]);
    const published = await as<{ publishCorridor: unknown }>('CONTROLLING', PUBLISH, { input: CORRIDOR });
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishCorridor).toMatchObject({
      version: 1,
      effectiveFrom: '2026-01-01',
      publishedBy: 'Carla Controlling',
      description: 'acceptable ≥ 3, tolerated ≥ 2',
    });
    const after = await as<{ kpiValues: unknown[] }>('SALES_REP', KPI_VALUES, { filter: MARCH });
    expect(after.data?.kpiValues).toEqual([
      {
        kpi: 'NEW_LEADS',
        businessModel: 'CONSUMER_LOANS',
        value: 2,
        sampleSize: 2,
        status: 'TOLERATED',
        policyVersion: 1,
      },
    ]);
    const trend = await as<{ kpiTrend: { points: unknown[] }[] }>('MANAGEMENT', KPI_TREND, {
      filter: { to: '2026-04-01', months: 4, businessModels: ['CONSUMER_LOANS'], kpis: ['NEW_LEADS'] },
    });
    expect(trend.data?.kpiTrend[0].points).toEqual([
      { from: '2025-12-01', status: 'NO_RANGE', policyVersion: null },
      { from: '2026-01-01', status: 'INSUFFICIENT_DATA', policyVersion: 1 },
      { from: '2026-02-01', status: 'INSUFFICIENT_DATA', policyVersion: 1 },
      { from: '2026-03-01', status: 'TOLERATED', policyVersion: 1 },
    ]);
  });

  it('answers a stale expectedVersion with CONFLICT naming who changed it and when', async () => {
    const second = await as<{ publishCorridor: { version: number } }>('CONTROLLING', PUBLISH, {
      input: { ...CORRIDOR, acceptableMin: 2, expectedVersion: 1 },
    });
    expect(second.data?.publishCorridor.version).toBe(2);
    const stale = await as('CONTROLLING', PUBLISH, { input: { ...CORRIDOR, expectedVersion: 1 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.['current']).toMatchObject({ version: 2, publishedBy: 'Carla Controlling' });
    const history = await as<{ corridorHistory: { version: number }[] }>(
      'SALES_REP',
      '{ corridorHistory(businessModel: "CONSUMER_LOANS", kpi: "NEW_LEADS") { version } }',
    );
    expect(history.data?.corridorHistory).toEqual([{ version: 2 }, { version: 1 }]);
    const audit = await as<{ corridorAudit: unknown[] }>(
      'MANAGEMENT',
      '{ corridorAudit(businessModel: "CONSUMER_LOANS", kpi: "NEW_LEADS") { actorName before { acceptableMin } after { acceptableMin } } }',
    );
    expect(audit.data?.corridorAudit).toEqual([
      { actorName: 'Carla Controlling', before: { acceptableMin: 3 }, after: { acceptableMin: 2 } },
      { actorName: 'Carla Controlling', before: null, after: { acceptableMin: 3 } },
    ]);
  });

  it.each(
    CONTROLLING_ONLY.flatMap(([name, query, variables]) =>
      ROLES.filter((role) => role !== 'CONTROLLING').map((role) => [name, role, query, variables] as const),
    ),
  )('refuses %s to %s as FORBIDDEN, changing nothing', async (_name, role, query, variables) => {
    const result = await as(role, query, variables);
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
  });

  it('lets controlling manage business models: retired ones stay listed and in kpiValues', async () => {
    const retired = await as<{ retireBusinessModel: unknown }>(
      'CONTROLLING',
      'mutation { retireBusinessModel(code: "CONSUMER_LOANS") { code retired } }',
    );
    expect(retired.data?.retireBusinessModel).toEqual({ code: 'CONSUMER_LOANS', retired: true });
    const models = await as<{ businessModels: unknown[] }>('SALES_REP', '{ businessModels { code retired } }');
    expect(models.data?.businessModels).toEqual([
      { code: 'CONSUMER_LOANS', retired: true },
      { code: 'PREMIUM_FINANCING', retired: false },
    ]);
    const values = await as<{ kpiValues: { status: string }[] }>('MANAGEMENT', KPI_VALUES, {
      filter: { ...MARCH, businessModels: null },
    });
    // Version 2 (acceptable ≥ 2) judges the retired model's 2 new leads.
    expect(values.data?.kpiValues.map((value) => value.status)).toEqual(['ACCEPTABLE', 'NO_RANGE']);
    const refused = await as('CONTROLLING', PUBLISH, { input: { ...CORRIDOR, expectedVersion: 2 } });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('input.businessModel');
    await as('CONTROLLING', 'mutation { reinstateBusinessModel(code: "CONSUMER_LOANS") { code } }');
  });
});
