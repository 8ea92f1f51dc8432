import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { type ApiServer, type GraphqlResponse, startApiServer, TEST_ADMIN } from '../support/api-server';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken mustChangePassword viewer { id email displayName role } }
}`;
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken mustChangePassword }
}`;
const CREATE_REGION = 'mutation ($input: AdminRegionInput!) { createRegion(input: $input) { id name teamCount } }';
const CREATE_TEAM = `mutation ($input: AdminTeamInput!) {
  createTeam(input: $input) { id name region { id name } manager { id displayName } memberCount }
}`;
const CREATE_USER = `mutation ($input: AdminUserInput!) {
  createUser(input: $input) { id email role team { id } active hasPassword mustChangePassword }
}`;
const RESET_PASSWORD = `mutation ($userId: ID!) {
  resetPassword(userId: $userId) { temporaryPassword user { id hasPassword mustChangePassword } }
}`;
const DEACTIVATE =
  'mutation ($userId: ID!, $reason: String) { deactivateUser(userId: $userId, reason: $reason) { id active } }';
const ME = '{ me { id } }';

/** Every organisation admin operation, each as a caller would send it. */
const ADMIN_OPERATIONS: readonly [string, string, Record<string, unknown>?][] = [
  ['adminRegions', '{ adminRegions { id } }'],
  ['adminTeams', '{ adminTeams { id } }'],
  ['adminUsers', '{ adminUsers { totalCount users { id } } }'],
  ['auditTrail', '{ auditTrail(entityType: "user", entityId: "U-E2E-REP") { id } }'],
  ['createRegion', CREATE_REGION, { input: { id: 'R-HACK', name: 'Hack' } }],
  ['renameRegion', 'mutation { renameRegion(input: { id: "R-E2E", name: "Hacked" }) { id } }'],
  ['deleteRegion', 'mutation { deleteRegion(id: "R-E2E") }'],
  ['createTeam', CREATE_TEAM, { input: { id: 'T-HACK', name: 'Hack', regionId: 'R-E2E' } }],
  ['updateTeam', 'mutation { updateTeam(input: { id: "T-E2E", name: "Hacked", regionId: "R-E2E" }) { id } }'],
  ['deleteTeam', 'mutation { deleteTeam(id: "T-E2E") }'],
  ['createUser', CREATE_USER, { input: { id: 'U-HACK', email: 'hack@e2e.test', displayName: 'H', role: 'ADMIN' } }],
  [
    'updateUser',
    'mutation { updateUser(input: { id: "U-E2E-REP", email: "x@e2e.test", displayName: "X", role: ADMIN }) { id } }',
  ],
  ['deactivateUser', DEACTIVATE, { userId: 'U-E2E-REP' }],
  ['reactivateUser', 'mutation { reactivateUser(userId: "U-E2E-REP") { id } }'],
  ['resetPassword', RESET_PASSWORD, { userId: 'U-E2E-REP' }],
];

interface LoginAnswer {
  login: { accessToken: string; mustChangePassword: boolean; viewer: Record<string, string> };
}

function codeOf(result: GraphqlResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}

describe('organisation admin over HTTP', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let adminToken: string;

  async function asAdmin<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await api.graphql<T>(query, variables, adminToken);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  /** Creates a user as the admin, resets their password, signs them in and sets their own password. */
  async function signedInUser(id: string, role: string, teamId: string | null): Promise<string> {
    const email = `${id.toLowerCase()}@e2e.test`;
    await asAdmin(CREATE_USER, { input: { id, email, displayName: id, role, teamId } });
    const reset = await asAdmin<{ resetPassword: { temporaryPassword: string } }>(RESET_PASSWORD, { userId: id });
    const login = await api.graphql<LoginAnswer>(LOGIN, { email, password: reset.resetPassword.temporaryPassword });
    const changed = await api.graphql<{ changePassword: { accessToken: string } }>(
      CHANGE_PASSWORD,
      { currentPassword: reset.resetPassword.temporaryPassword, newPassword: `${id} chose this passphrase` },
      login.data?.login.accessToken,
    );
    expect(changed.errors).toBeUndefined();
    return changed.data?.changePassword.accessToken ?? '';
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url);
    adminToken = await api.login();
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('lets the admin create a region, a team with its manager and a user, and a reset lets the user sign in', async () => {
    expect(await asAdmin(CREATE_REGION, { input: { id: 'R-E2E', name: 'E2E Region' } })).toEqual({
      createRegion: { id: 'R-E2E', name: 'E2E Region', teamCount: 0 },
    });
    await asAdmin(CREATE_USER, {
      input: { id: 'U-E2E-MGR', email: 'mgr@e2e.test', displayName: 'Erin Manager', role: 'SALES_MANAGER' },
    });
    expect(
      await asAdmin(CREATE_TEAM, {
        input: { id: 'T-E2E', name: 'E2E Team', regionId: 'R-E2E', managerUserId: 'U-E2E-MGR' },
      }),
    ).toEqual({
      createTeam: {
        id: 'T-E2E',
        name: 'E2E Team',
        region: { id: 'R-E2E', name: 'E2E Region' },
        manager: { id: 'U-E2E-MGR', displayName: 'Erin Manager' },
        memberCount: 0,
      },
    });
    expect(
      await asAdmin(CREATE_USER, {
        input: {
          id: 'U-E2E-REP',
          email: 'Rita.Rep@e2e.test',
          displayName: 'Rita Rep',
          role: 'SALES_REP',
          teamId: 'T-E2E',
        },
      }),
    ).toEqual({
      createUser: {
        id: 'U-E2E-REP',
        email: 'Rita.Rep@e2e.test',
        role: 'SALES_REP',
        team: { id: 'T-E2E' },
        active: true,
        hasPassword: false,
        mustChangePassword: false,
      },
    });

    const noPasswordYet = await api.graphql(LOGIN, { email: 'rita.rep@e2e.test', password: 'anything-at-all' });
    expect(codeOf(noPasswordYet)).toBe('UNAUTHENTICATED');

    const reset = await asAdmin<{ resetPassword: { temporaryPassword: string; user: Record<string, unknown> } }>(
      RESET_PASSWORD,
      { userId: 'U-E2E-REP' },
    );
    expect(reset.resetPassword.user).toEqual({ id: 'U-E2E-REP', hasPassword: true, mustChangePassword: true });
    expect(reset.resetPassword.temporaryPassword.length).toBeGreaterThanOrEqual(20);

    const login = await api.graphql<LoginAnswer>(LOGIN, {
      email: 'rita.rep@e2e.test',
      password: reset.resetPassword.temporaryPassword,
    });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.viewer).toEqual({
      id: 'U-E2E-REP',
      email: 'Rita.Rep@e2e.test',
      displayName: 'Rita Rep',
      role: 'SALES_REP',
    });
    expect(login.data?.login.mustChangePassword).toBe(true);

    const trail = await asAdmin<{ auditTrail: { action: string; actor: { displayName: string } }[] }>(
      '{ auditTrail(entityType: "user", entityId: "U-E2E-REP") { action actor { displayName } } }',
    );
    expect(trail.auditTrail).toEqual([
      { action: 'user.reset-password', actor: { displayName: 'Administrator' } },
      { action: 'user.create', actor: { displayName: 'Administrator' } },
    ]);
  });

  it('answers bad input with the field and changes nothing', async () => {
    const invalid = await api.graphql(
      CREATE_USER,
      { input: { id: 'U-BAD', email: 'not-an-address', displayName: 'Bad', role: 'SALES_REP' } },
      adminToken,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const taken = await api.graphql(
      CREATE_USER,
      { input: { id: 'U-BAD', email: TEST_ADMIN.email.toUpperCase(), displayName: 'Bad', role: 'SALES_REP' } },
      adminToken,
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect(await db.dataSource.query(`SELECT 1 FROM app_user WHERE user_id = 'U-BAD'`)).toEqual([]);
    const busyRegion = await api.graphql('mutation { deleteRegion(id: "R-E2E") }', undefined, adminToken);
    expect(busyRegion.errors?.[0]).toMatchObject({
      message: "id: region 'E2E Region' still has 1 team(s) (T-E2E): move or delete them first",
      extensions: { code: 'CONFLICT', field: 'id' },
    });
  });

  it('refuses every admin operation to a sales manager and a sales rep, changing nothing', async () => {
    const tokens = {
      SALES_MANAGER: await signedInUser('U-E2E-MGR2', 'SALES_MANAGER', null),
      SALES_REP: await signedInUser('U-E2E-REP2', 'SALES_REP', 'T-E2E'),
    };
    const before = await db.dataSource.query('SELECT count(*)::int AS entries FROM audit_log');
    for (const [role, token] of Object.entries(tokens)) {
      expect(codeOf(await api.graphql(ME, undefined, token))).toBeUndefined();
      for (const [name, query, variables] of ADMIN_OPERATIONS) {
        expect([role, name, codeOf(await api.graphql(query, variables, token))]).toEqual([role, name, 'FORBIDDEN']);
      }
    }
    expect(await db.dataSource.query('SELECT count(*)::int AS entries FROM audit_log')).toEqual(before);
  });

  it('ends a deactivated user’s access with their very next request', async () => {
    const email = 'rita.rep@e2e.test';
    const reset = await asAdmin<{ resetPassword: { temporaryPassword: string } }>(RESET_PASSWORD, {
      userId: 'U-E2E-REP',
    });
    const login = await api.graphql<LoginAnswer>(LOGIN, { email, password: reset.resetPassword.temporaryPassword });
    const token = login.data?.login.accessToken;
    expect(codeOf(await api.graphql(ME, undefined, token))).toBeUndefined();

    expect(await asAdmin(DEACTIVATE, { userId: 'U-E2E-REP', reason: 'left' })).toEqual({
      deactivateUser: { id: 'U-E2E-REP', active: false },
    });
    expect(codeOf(await api.graphql(ME, undefined, token))).toBe('UNAUTHENTICATED');
    const again = await api.graphql(LOGIN, { email, password: reset.resetPassword.temporaryPassword });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
  });

  it('never lets the only administrator deactivate themself', async () => {
    const [{ user_id: adminId }] = await db.dataSource.query('SELECT user_id FROM app_user WHERE email = $1', [
      TEST_ADMIN.email,
    ]);
    const refused = await api.graphql(DEACTIVATE, { userId: adminId }, adminToken);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect(codeOf(await api.graphql(ME, undefined, adminToken))).toBeUndefined();
  });
});
