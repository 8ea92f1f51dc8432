import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { type ApiServer, type GraphqlResponse, startApiServer, TEST_ADMIN } from '../support/api-server';

/**
 * Every operation of the API as every role: the table below must name each root field of the
 * schema (the test fails when one is added without a row), says who may call it, and the test
 * checks that exactly those roles get past the guard and every other role gets FORBIDDEN — plus
 * cross-data cases where an allowed operation names another team's or rep's data.
 */

type Variables = Record<string, unknown>;

interface OperationCase {
  readonly document: string;
  readonly variables?: Variables;
  /** Who may call it; PUBLIC operations are called without a token. */
  readonly allowed: readonly Role[] | 'PUBLIC';
}

const PERIOD = { from: '2026-01-01', to: '2026-04-01' };
const ALL = ROLES;
const COMPANY_WIDE: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'MARKETING'];
const TARGET_READERS: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'SALES_MANAGER'];
/** Team T1 is manager 1's. */
const TARGET_GRID = {
  teamId: 'T1',
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WON_VOLUME',
  firstMonth: '2026-01',
  months: 3,
};
const TARGET_CELL = { scopeType: 'REP', scopeId: 'U-REP-1', month: '2026-01' };
/** Who may open a rep's deals (a rep their own) and export a team's reps. */
const REP_READERS: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'SALES_MANAGER', 'SALES_REP'];
/**
 * Who may see the moments (heatmap, weakest moments): every role passes the guard, but the answer needs
 * CSAT and NEGATIVE_MOMENT_RATE, which a rep does not see by default (FORBIDDEN by the KPI matrix).
 */
const MOMENT_READERS: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'MARKETING', 'SALES_MANAGER'];
const MOMENT = 'businessModel: "NO_SUCH_MODEL", stage: ONBOARDED, touchpoint: PHONE';
/** The rows of a KPI every role sees by default. */
const ROWS_OF_LEADS = { ...PERIOD, kpi: 'NEW_LEADS', businessModel: 'CONSUMER_LOANS' };

/**
 * Mutations run with input that gets past the guard and is then refused by the operation itself
 * (unknown id, invalid value), so the table changes nothing and the order of cases does not matter.
 */
const OPERATIONS: Readonly<Record<string, OperationCase>> = {
  login: {
    document: 'mutation { login(email: "nobody@e2e.test", password: "wrong-password") { accessToken } }',
    allowed: 'PUBLIC',
  },
  demoLogins: { document: '{ demoLogins { email } }', allowed: 'PUBLIC' },
  refreshSession: { document: 'mutation { refreshSession { accessToken } }', allowed: 'PUBLIC' },
  logout: { document: 'mutation { logout }', allowed: 'PUBLIC' },
  me: { document: '{ me { id } }', allowed: ALL },
  changePassword: {
    document: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "x") { accessToken } }',
    allowed: ALL,
  },
  chooseLanguage: { document: 'mutation { chooseLanguage(language: de) }', allowed: ALL },
  myAccess: { document: '{ myAccess { role } }', allowed: ALL },
  kpiCatalogue: { document: '{ kpiCatalogue { code } }', allowed: ALL },
  businessModels: { document: '{ businessModels { code } }', allowed: ALL },
  kpiValues: {
    document: 'query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi } }',
    variables: { filter: PERIOD },
    allowed: ALL,
  },
  kpiValuesByScope: {
    document: 'query ($filter: KpiScopesFilter!) { kpiValuesByScope(filter: $filter) { scopeId } }',
    variables: { filter: { ...PERIOD, level: 'REP', ids: [] } },
    allowed: ALL,
  },
  kpiTrend: {
    document: 'query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { kpi } }',
    variables: { filter: { to: PERIOD.to, months: 3 } },
    allowed: ALL,
  },
  teamMedians: {
    document: 'query ($filter: TeamMedianFilter!) { teamMedians(filter: $filter) { kpi } }',
    variables: { filter: PERIOD },
    allowed: ['SALES_REP'],
  },
  teamMedianTrend: {
    document: 'query ($filter: TeamMedianTrendFilter!) { teamMedianTrend(filter: $filter) { kpi } }',
    variables: { filter: { to: PERIOD.to, months: 3 } },
    allowed: ['SALES_REP'],
  },
  regions: { document: '{ regions { id } }', allowed: COMPANY_WIDE },
  myTeams: { document: '{ myTeams { id } }', allowed: ['SALES_MANAGER'] },
  responsibilityMatrix: { document: '{ responsibilityMatrix { __typename } }', allowed: ['ADMIN', 'MANAGEMENT'] },
  responsibilityHistory: { document: '{ responsibilityHistory { __typename } }', allowed: ['ADMIN', 'MANAGEMENT'] },
  updateResponsibilities: {
    document: 'mutation { updateResponsibilities(changes: [], reason: "no change") { __typename } }',
    allowed: ['ADMIN', 'MANAGEMENT'],
  },
  adminRegions: { document: '{ adminRegions { id } }', allowed: ['ADMIN'] },
  createRegion: { document: 'mutation { createRegion(input: { id: "", name: "" }) { id } }', allowed: ['ADMIN'] },
  renameRegion: {
    document: 'mutation { renameRegion(input: { id: "NO-SUCH-REGION", name: "Nowhere" }) { id } }',
    allowed: ['ADMIN'],
  },
  deleteRegion: { document: 'mutation { deleteRegion(id: "NO-SUCH-REGION") }', allowed: ['ADMIN'] },
  adminTeams: { document: '{ adminTeams { id } }', allowed: ['ADMIN'] },
  createTeam: {
    document: 'mutation { createTeam(input: { id: "", name: "", regionId: "NO-SUCH-REGION" }) { id } }',
    allowed: ['ADMIN'],
  },
  updateTeam: {
    document: 'mutation { updateTeam(input: { id: "NO-SUCH-TEAM", name: "X", regionId: "R1" }) { id } }',
    allowed: ['ADMIN'],
  },
  deleteTeam: { document: 'mutation { deleteTeam(id: "NO-SUCH-TEAM") }', allowed: ['ADMIN'] },
  adminUsers: { document: '{ adminUsers { totalCount } }', allowed: ['ADMIN'] },
  createUser: {
    document:
      'mutation { createUser(input: { id: "U-X", email: "not-an-e-mail", displayName: "X", role: MARKETING }) { id } }',
    allowed: ['ADMIN'],
  },
  updateUser: {
    document:
      'mutation { updateUser(input: { id: "NO-SUCH-USER", email: "x@e2e.test", displayName: "X", role: MARKETING }) { id } }',
    allowed: ['ADMIN'],
  },
  deactivateUser: { document: 'mutation { deactivateUser(userId: "NO-SUCH-USER") { id } }', allowed: ['ADMIN'] },
  reactivateUser: { document: 'mutation { reactivateUser(userId: "NO-SUCH-USER") { id } }', allowed: ['ADMIN'] },
  resetPassword: { document: 'mutation { resetPassword(userId: "NO-SUCH-USER") { __typename } }', allowed: ['ADMIN'] },
  auditTrail: {
    document: '{ auditTrail(entityType: "user", entityId: "U-REP-1") { __typename } }',
    allowed: ['ADMIN'],
  },
  corridors: { document: '{ corridors(kpi: "NEW_LEADS") { id } }', allowed: ALL },
  corridorHistory: {
    document: '{ corridorHistory(businessModel: "CONSUMER_LOANS", kpi: "NEW_LEADS") { id } }',
    allowed: ALL,
  },
  corridorAudit: {
    document: '{ corridorAudit(businessModel: "CONSUMER_LOANS", kpi: "NEW_LEADS") { id } }',
    allowed: ['ADMIN', 'MANAGEMENT', 'CONTROLLING'],
  },
  publishCorridor: {
    document: `mutation { publishCorridor(input: { businessModel: "NO_SUCH_MODEL", kpi: "NEW_LEADS",
      effectiveFrom: "2026-01-01", acceptableMin: 1, rationale: "Refused: unknown model." }) { id } }`,
    allowed: ['CONTROLLING'],
  },
  corridorImpact: {
    document: `{ corridorImpact(draft: { businessModel: "NO_SUCH_MODEL", kpi: "NEW_LEADS", acceptableMin: 1 }) {
      months } }`,
    allowed: ['CONTROLLING'],
  },
  corridorSuggestion: {
    document: '{ corridorSuggestion(businessModel: "NO_SUCH_MODEL", kpi: "NEW_LEADS") { basedOn } }',
    allowed: ['CONTROLLING'],
  },
  createBusinessModel: {
    document: 'mutation { createBusinessModel(input: { code: "x", name: "", description: "" }) { code } }',
    allowed: ['CONTROLLING'],
  },
  updateBusinessModel: {
    document: 'mutation { updateBusinessModel(input: { code: "NO_SUCH_MODEL", name: "X", description: "" }) { code } }',
    allowed: ['CONTROLLING'],
  },
  retireBusinessModel: {
    document: 'mutation { retireBusinessModel(code: "NO_SUCH_MODEL") { code } }',
    allowed: ['CONTROLLING'],
  },
  reinstateBusinessModel: {
    document: 'mutation { reinstateBusinessModel(code: "NO_SUCH_MODEL") { code } }',
    allowed: ['CONTROLLING'],
  },
  targetTeams: { document: '{ targetTeams { id } }', allowed: TARGET_READERS },
  targetGrid: {
    document: 'query ($input: TargetGridRequest!) { targetGrid(input: $input) { teamId } }',
    variables: { input: TARGET_GRID },
    allowed: TARGET_READERS,
  },
  saveTargetGrid: {
    document: 'mutation ($input: SaveTargetGridInput!) { saveTargetGrid(input: $input) { changedCells } }',
    variables: { input: { ...TARGET_GRID, base: [], changes: [{ ...TARGET_CELL, value: -1 }] } },
    allowed: ['SALES_MANAGER', 'MANAGEMENT', 'ADMIN'],
  },
  repDeals: {
    document: 'query ($input: RepDealsRequest!) { repDeals(input: $input) { openDealCount } }',
    variables: { input: { repId: 'U-REP-1' } },
    allowed: REP_READERS,
  },
  journeyFunnel: {
    document: 'query ($filter: JourneyFilter!) { journeyFunnel(filter: $filter) { businessModel cohortSize } }',
    variables: { filter: PERIOD },
    allowed: ALL,
  },
  momentHeatmap: {
    document: 'query ($filter: JourneyFilter!) { momentHeatmap(filter: $filter) { previousFrom } }',
    variables: { filter: PERIOD },
    allowed: MOMENT_READERS,
  },
  weakestMoments: {
    document: 'query ($filter: WeakestMomentsFilter!) { weakestMoments(filter: $filter) { rank } }',
    variables: { filter: PERIOD },
    allowed: MOMENT_READERS,
  },
  momentsThatMatter: { document: '{ momentsThatMatter { reason } }', allowed: ALL },
  flagMoment: {
    document: `mutation { flagMoment(input: { ${MOMENT}, reason: "Refused: unknown model." }) { reason } }`,
    allowed: ['MARKETING', 'CONTROLLING'],
  },
  unflagMoment: {
    document: `mutation { unflagMoment(input: { ${MOMENT}, reason: "Refused: unknown model." }) { reason } }`,
    allowed: ['MARKETING', 'CONTROLLING'],
  },
  feedbackList: {
    document: 'query ($filter: FeedbackListFilter!) { feedbackList(filter: $filter) { total } }',
    variables: { filter: PERIOD },
    allowed: ALL,
  },
  kpiRows: {
    document: 'query ($filter: KpiRowsFilter!) { kpiRows(filter: $filter) { total } }',
    variables: { filter: ROWS_OF_LEADS },
    allowed: ALL,
  },
  // An unknown deal: every role gets past the guard to the reader's own refusal.
  dealHistory: { document: '{ dealHistory(dealId: "D-NOBODY") { dealId } }', allowed: ALL },
  scopeNavigation: {
    document: 'query ($scope: ScopeInput) { scopeNavigation(scope: $scope) { path { type } } }',
    allowed: ALL,
  },
};

/** The people of the fixture company: one per role, a second team with its own manager and rep. */
const PEOPLE: Readonly<Record<Role, string>> = {
  ADMIN: TEST_ADMIN.email,
  MANAGEMENT: 'management@e2e.test',
  CONTROLLING: 'controlling@e2e.test',
  MARKETING: 'marketing@e2e.test',
  SALES_MANAGER: 'manager1@e2e.test',
  SALES_REP: 'rep1@e2e.test',
};

/** A refusal by the guard; anything else (data, or the operation's own refusal) got past it. */
const GUARD_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

function firstError(result: GraphqlResponse<unknown>): { code?: unknown; field?: unknown; reason?: unknown } {
  const extensions = result.errors?.[0]?.extensions ?? {};
  return { code: extensions['code'], field: extensions['field'], reason: extensions['reason'] };
}

/** Past the guard: data, or a refusal by the operation's own rules (never a schema error, which would prove nothing). */
function expectPastTheGuard(result: GraphqlResponse<unknown>, label: string): void {
  const { code, field } = firstError(result);
  if (code === undefined) {
    return;
  }
  expect({ label, code, passed: !GUARD_CODES.has(String(code)) }).toEqual({ label, code, passed: true });
  expect({ label, code, known: ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(String(code)) }).toEqual({
    label,
    code,
    known: true,
  });
  if (code === 'BAD_USER_INPUT') {
    expect({ label, field: typeof field }).toEqual({ label, field: 'string' });
  }
}

describe('every operation as every role', () => {
  let db: TestDatabase;
  let api: ApiServer;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    // Everyone gets the administrator's password hash: one known password, no hashing in the test.
    await db.dataSource.transaction(async (manager) => {
      await manager.query(`
        INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
        INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MGR-1'), ('T2', 'South 1', 'R2', 'U-MGR-2');`);
      await manager.query(
        `INSERT INTO app_user (user_id, email, display_name, role, team_id, password_hash, must_change_password)
         SELECT v.id, v.email, v.name, v.role, v.team, a.password_hash, v.must_change
         FROM (VALUES
           ('U-MGMT', 'management@e2e.test', 'Management', 'MANAGEMENT', NULL, false),
           ('U-CTRL', 'controlling@e2e.test', 'Controlling', 'CONTROLLING', NULL, false),
           ('U-MKT', 'marketing@e2e.test', 'Marketing', 'MARKETING', NULL, false),
           ('U-MKT-NEW', 'marketing-new@e2e.test', 'Marketing (new)', 'MARKETING', NULL, true),
           ('U-MGR-1', 'manager1@e2e.test', 'Manager 1', 'SALES_MANAGER', NULL, false),
           ('U-MGR-2', 'manager2@e2e.test', 'Manager 2', 'SALES_MANAGER', NULL, false),
           ('U-REP-1', 'rep1@e2e.test', 'Rep 1', 'SALES_REP', 'T1', false),
           ('U-REP-2', 'rep2@e2e.test', 'Rep 2', 'SALES_REP', 'T2', false)
         ) AS v(id, email, name, role, team, must_change)
         CROSS JOIN (SELECT password_hash FROM app_user WHERE email = $1) a`,
        [TEST_ADMIN.email],
      );
    });
    for (const role of ROLES) {
      tokens.set(role, await api.login(PEOPLE[role], TEST_ADMIN.password));
    }
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  function as(
    role: Role,
    operation: OperationCase,
    variables = operation.variables,
  ): Promise<GraphqlResponse<unknown>> {
    return api.graphql(operation.document, variables, tokens.get(role));
  }

  it('has a row for every root field of the schema, and no row for a field that does not exist', async () => {
    const result = await api.graphql<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const schema = result.data?.__schema;
    const fields = [...(schema?.queryType.fields ?? []), ...(schema?.mutationType.fields ?? [])].map((f) => f.name);
    expect([...fields].sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  const roleCases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    operation.allowed === 'PUBLIC'
      ? []
      : ROLES.map((role) => [name, role, operation.allowed.includes(role) ? 'allowed' : 'FORBIDDEN'] as const),
  );

  it.each(roleCases)('%s as %s: %s', async (name, role, expected) => {
    const result = await as(role, OPERATIONS[name]);
    if (expected === 'allowed') {
      expectPastTheGuard(result, `${name} as ${role}`);
    } else {
      expect(firstError(result).code).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
  });

  it.each(Object.entries(OPERATIONS).filter(([, operation]) => operation.allowed !== 'PUBLIC'))(
    '%s without a token: UNAUTHENTICATED',
    async (_name, operation) => {
      expect(firstError(await api.graphql(operation.document, operation.variables)).code).toBe('UNAUTHENTICATED');
    },
  );

  it.each(Object.entries(OPERATIONS).filter(([, operation]) => operation.allowed === 'PUBLIC'))(
    '%s is public: callable without a token',
    async (_name, operation) => {
      expect(firstError(await api.graphql(operation.document, operation.variables)).code).not.toBe('FORBIDDEN');
    },
  );

  it('lets a user whose password an administrator set call nothing but me, changePassword and chooseLanguage', async () => {
    const token = await api.login('marketing-new@e2e.test', TEST_ADMIN.password);
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      if (operation.allowed === 'PUBLIC' || !operation.allowed.includes('MARKETING')) {
        continue;
      }
      const result = await api.graphql(operation.document, operation.variables, token);
      // The language too: the password page itself must speak the person's language.
      if (name === 'me' || name === 'changePassword' || name === 'chooseLanguage') {
        expectPastTheGuard(result, name);
      } else {
        expect({ name, ...firstError(result) }).toMatchObject({
          name,
          code: 'FORBIDDEN',
          reason: 'PASSWORD_CHANGE_REQUIRED',
        });
      }
    }
  });

  describe('allowed operations that name data of another team or rep', () => {
    const kpiValues = (filter: Variables) => ({ filter: { ...PERIOD, ...filter } });
    const kpiTrend = (filter: Variables) => ({ filter: { to: PERIOD.to, months: 3, ...filter } });
    const byScope = (level: string, ids: string[]) => ({ filter: { ...PERIOD, level, ids } });

    it.each([
      ['SALES_REP', 'kpiValues', kpiValues({ scope: { type: 'COMPANY' } })],
      ['SALES_REP', 'kpiValues', kpiValues({ scope: { type: 'REGION', id: 'R1' } })],
      ['SALES_REP', 'kpiValues', kpiValues({ scope: { type: 'TEAM', id: 'T1' } })],
      ['SALES_REP', 'kpiValues', kpiValues({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_REP', 'kpiTrend', kpiTrend({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_REP', 'kpiValues', kpiValues({ kpis: ['DEFAULT_RATE'] })],
      ['SALES_REP', 'teamMedians', kpiValues({ kpis: ['DEFAULT_RATE'] })],
      ['SALES_MANAGER', 'kpiValues', kpiValues({ scope: { type: 'COMPANY' } })],
      ['SALES_MANAGER', 'kpiValues', kpiValues({ scope: { type: 'TEAM', id: 'T2' } })],
      ['SALES_MANAGER', 'kpiValues', kpiValues({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_MANAGER', 'kpiTrend', kpiTrend({ scope: { type: 'TEAM', id: 'T2' } })],
      ['SALES_MANAGER', 'kpiValues', kpiValues({ kpis: ['DEFAULT_RATE'] })],
      ['MARKETING', 'kpiValues', kpiValues({ kpis: ['WON_VOLUME'] })],
      ['MARKETING', 'kpiTrend', kpiTrend({ kpis: ['DEFAULT_RATE'] })],
      ['SALES_REP', 'kpiValuesByScope', byScope('REP', ['U-REP-1', 'U-REP-2'])],
      ['SALES_REP', 'kpiValuesByScope', byScope('TEAM', ['T1'])],
      ['SALES_MANAGER', 'kpiValuesByScope', byScope('TEAM', ['T1', 'T2'])],
      ['SALES_MANAGER', 'kpiValuesByScope', byScope('REGION', ['R1'])],
      ['SALES_MANAGER', 'kpiValuesByScope', byScope('REP', ['U-REP-1', 'U-REP-2'])],
      ['MARKETING', 'kpiValuesByScope', { filter: { ...PERIOD, level: 'TEAM', ids: ['T1'], kpis: ['WON_VOLUME'] } }],
      ['SALES_MANAGER', 'targetGrid', { input: { ...TARGET_GRID, teamId: 'T2' } }],
      ['SALES_REP', 'repDeals', { input: { repId: 'U-REP-2' } }],
      ['SALES_MANAGER', 'repDeals', { input: { repId: 'U-REP-2' } }],
      ['SALES_REP', 'journeyFunnel', kpiValues({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_MANAGER', 'journeyFunnel', kpiValues({ scope: { type: 'TEAM', id: 'T2' } })],
      ['SALES_MANAGER', 'momentHeatmap', kpiValues({ scope: { type: 'COMPANY' } })],
      ['SALES_MANAGER', 'weakestMoments', kpiValues({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_REP', 'feedbackList', kpiValues({ scope: { type: 'TEAM', id: 'T1' } })],
      ['SALES_MANAGER', 'feedbackList', kpiValues({ scope: { type: 'REP', id: 'U-REP-2' } })],
      ['SALES_REP', 'kpiRows', { filter: { ...ROWS_OF_LEADS, scope: { type: 'REP', id: 'U-REP-2' } } }],
      ['SALES_MANAGER', 'kpiRows', { filter: { ...ROWS_OF_LEADS, scope: { type: 'TEAM', id: 'T2' } } }],
      ['SALES_MANAGER', 'kpiRows', { filter: { ...ROWS_OF_LEADS, kpi: 'DEFAULT_RATE' } }],
      ['MARKETING', 'kpiRows', { filter: { ...ROWS_OF_LEADS, kpi: 'WON_VOLUME' } }],
      ['SALES_MANAGER', 'scopeNavigation', { scope: { type: 'TEAM', id: 'T2' } }],
      ['SALES_REP', 'scopeNavigation', { scope: { type: 'COMPANY' } }],
      [
        'SALES_MANAGER',
        'saveTargetGrid',
        {
          input: {
            ...TARGET_GRID,
            teamId: 'T2',
            base: [],
            changes: [{ ...TARGET_CELL, scopeId: 'U-REP-2', value: 1 }],
          },
        },
      ],
    ] as const)('%s → %s %j: FORBIDDEN', async (role, name, variables) => {
      const result = await as(role, OPERATIONS[name], variables);
      expect(firstError(result).code).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    });

    it.each([
      ['SALES_REP', 'kpiValues', kpiValues({ scope: { type: 'REP', id: 'U-REP-1' } })],
      ['SALES_MANAGER', 'kpiValues', kpiValues({ scope: { type: 'TEAM', id: 'T1' } })],
      ['SALES_MANAGER', 'kpiTrend', kpiTrend({ scope: { type: 'REP', id: 'U-REP-1' } })],
      ['MARKETING', 'kpiValues', kpiValues({ scope: { type: 'TEAM', id: 'T2' }, kpis: ['NPS'] })],
      ['SALES_REP', 'kpiValuesByScope', byScope('REP', ['U-REP-1'])],
      ['SALES_MANAGER', 'kpiValuesByScope', byScope('TEAM', ['T1'])],
      ['SALES_MANAGER', 'kpiValuesByScope', byScope('REP', ['U-REP-1'])],
      ['MARKETING', 'kpiValuesByScope', { filter: { ...PERIOD, level: 'REGION', ids: ['R1', 'R2'], kpis: ['NPS'] } }],
      ['SALES_MANAGER', 'targetGrid', { input: TARGET_GRID }],
      ['CONTROLLING', 'targetGrid', { input: { ...TARGET_GRID, teamId: 'T2' } }],
      ['SALES_REP', 'repDeals', { input: { repId: 'U-REP-1' } }],
      ['MANAGEMENT', 'repDeals', { input: { repId: 'U-REP-2' } }],
      ['SALES_REP', 'journeyFunnel', kpiValues({ scope: { type: 'REP', id: 'U-REP-1' } })],
      ['SALES_MANAGER', 'weakestMoments', kpiValues({ scope: { type: 'TEAM', id: 'T1' } })],
      ['SALES_MANAGER', 'feedbackList', kpiValues({ scope: { type: 'REP', id: 'U-REP-1' } })],
      ['MARKETING', 'momentHeatmap', kpiValues({ scope: { type: 'TEAM', id: 'T2' } })],
      ['SALES_REP', 'kpiRows', { filter: { ...ROWS_OF_LEADS, scope: { type: 'REP', id: 'U-REP-1' } } }],
      ['SALES_MANAGER', 'kpiRows', { filter: { ...ROWS_OF_LEADS, scope: { type: 'REP', id: 'U-REP-1' } } }],
      ['SALES_MANAGER', 'scopeNavigation', { scope: { type: 'TEAM', id: 'T1' } }],
    ] as const)('%s → %s %j: their own data, allowed', async (role, name, variables) => {
      const result = await as(role, OPERATIONS[name], variables);
      expect(result.errors).toBeUndefined();
    });
  });

  describe('the HTTP routes', () => {
    async function upload(token: string | undefined): Promise<number> {
      const response = await fetch(`${api.baseUrl}/api/imports`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: new FormData(),
      });
      return response.status;
    }

    it.each(ROLES.map((role) => [role, ['ADMIN', 'CONTROLLING'].includes(role) ? 400 : 403] as const))(
      'POST /api/imports (an empty upload) as %s: %i',
      async (role, status) => {
        expect(await upload(tokens.get(role))).toBe(status);
      },
    );

    it('POST /api/imports without a token: 401', async () => {
      expect(await upload(undefined)).toBe(401);
    });

    async function exportGrid(token: string | undefined, teamId = 'T1'): Promise<number> {
      const query = new URLSearchParams({ ...TARGET_GRID, teamId, months: String(TARGET_GRID.months) });
      const response = await fetch(`${api.baseUrl}/api/exports/target-grid?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return response.status;
    }

    it.each(ROLES.map((role) => [role, TARGET_READERS.includes(role) ? 200 : 403] as const))(
      'GET /api/exports/target-grid as %s: %i',
      async (role, status) => {
        expect(await exportGrid(tokens.get(role))).toBe(status);
      },
    );

    it('GET /api/exports/target-grid of another manager’s team: 403; without a token: 401', async () => {
      expect(await exportGrid(tokens.get('SALES_MANAGER'), 'T2')).toBe(403);
      expect(await exportGrid(undefined)).toBe(401);
    });

    async function exportStatus(path: string, token: string | undefined): Promise<number> {
      const response = await fetch(`${api.baseUrl}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return response.status;
    }
    const pipeline = (repId: string) => `/api/exports/rep-pipeline?repId=${repId}`;
    const teamReps = (teamId: string) => `/api/exports/team-reps?teamId=${teamId}&from=${PERIOD.from}&to=${PERIOD.to}`;

    it.each(ROLES.map((role) => [role, REP_READERS.includes(role) ? 200 : 403] as const))(
      'GET /api/exports/rep-pipeline of rep 1 as %s: %i',
      async (role, status) => {
        expect(await exportStatus(pipeline('U-REP-1'), tokens.get(role))).toBe(status);
      },
    );

    it('GET /api/exports/rep-pipeline of another team’s rep as a rep or a manager: 403; without a token: 401', async () => {
      expect(await exportStatus(pipeline('U-REP-2'), tokens.get('SALES_REP'))).toBe(403);
      expect(await exportStatus(pipeline('U-REP-2'), tokens.get('SALES_MANAGER'))).toBe(403);
      expect(await exportStatus(pipeline('U-REP-1'), undefined)).toBe(401);
    });

    it.each(ROLES.map((role) => [role, TARGET_READERS.includes(role) ? 200 : 403] as const))(
      'GET /api/exports/team-reps of team 1 as %s: %i',
      async (role, status) => {
        expect(await exportStatus(teamReps('T1'), tokens.get(role))).toBe(status);
      },
    );

    it('GET /api/exports/team-reps of another manager’s team: 403; without a token: 401', async () => {
      expect(await exportStatus(teamReps('T2'), tokens.get('SALES_MANAGER'))).toBe(403);
      expect(await exportStatus(teamReps('T1'), undefined)).toBe(401);
    });

    const kpiRows = (scope = '') =>
      `/api/exports/kpi-rows?kpi=NEW_LEADS&businessModel=CONSUMER_LOANS&from=${PERIOD.from}&to=${PERIOD.to}${scope}`;

    it.each(ROLES.map((role) => [role] as const))('GET /api/exports/kpi-rows as %s: 200', async (role) => {
      expect(await exportStatus(kpiRows(), tokens.get(role))).toBe(200);
    });

    it('GET /api/exports/kpi-rows outside the caller’s rows or of a KPI they may not see: 403; without a token: 401', async () => {
      expect(await exportStatus(kpiRows('&scopeType=TEAM&scopeId=T2'), tokens.get('SALES_MANAGER'))).toBe(403);
      expect(await exportStatus(kpiRows('&scopeType=REP&scopeId=U-REP-2'), tokens.get('SALES_REP'))).toBe(403);
      expect(await exportStatus(kpiRows().replace('NEW_LEADS', 'WON_VOLUME'), tokens.get('MARKETING'))).toBe(403);
      expect(await exportStatus(kpiRows(), undefined)).toBe(401);
    });

    const journeyExports = [
      ['funnel', ALL],
      ['moment-heatmap', MOMENT_READERS],
      ['feedback', ALL],
    ] as const;
    const journeyExport = (name: string, scope = '') =>
      `/api/exports/${name}?from=${PERIOD.from}&to=${PERIOD.to}${scope}`;

    it.each(
      journeyExports.flatMap(([name, allowed]) =>
        ROLES.map((role) => [name, role, allowed.includes(role) ? 200 : 403] as const),
      ),
    )('GET /api/exports/%s as %s: %i', async (name, role, status) => {
      expect(await exportStatus(journeyExport(name), tokens.get(role))).toBe(status);
    });

    it.each(journeyExports.map(([name]) => [name]))(
      'GET /api/exports/%s of another team as a manager or another rep as a rep: 403; without a token: 401',
      async (name) => {
        expect(await exportStatus(journeyExport(name, '&scopeType=TEAM&scopeId=T2'), tokens.get('SALES_MANAGER'))).toBe(
          403,
        );
        expect(await exportStatus(journeyExport(name, '&scopeType=REP&scopeId=U-REP-2'), tokens.get('SALES_REP'))).toBe(
          403,
        );
        expect(await exportStatus(journeyExport(name), undefined)).toBe(401);
      },
    );
  });
});
