import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY, KPI_CODES } from '@salesdash/shared/domain';
import { type ApiServer, startApiServer } from '../support/api-server';

const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value sampleSize } }`;
const PERIOD = { from: '2026-01-01', to: '2026-07-01' };

interface Row {
  kpi: string;
  businessModel: string;
  value: number | null;
  sampleSize: number;
}

describe('each role sees its KPIs and its rows (demo company)', () => {
  let db: TestDatabase;
  let api: ApiServer;
  const tokens = new Map<string, string>();
  let ids: { rep: string; team: string; otherRep: string; otherTeam: string };

  async function as(email: string): Promise<string> {
    const cached = tokens.get(email);
    if (cached) {
      return cached;
    }
    const token = await api.login(email, 'demo-password');
    tokens.set(email, token);
    return token;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    const [row] = await db.dataSource.query(`
      SELECT me.user_id AS rep, me.team_id AS team,
             (SELECT user_id FROM app_user WHERE role = 'SALES_REP' AND team_id <> me.team_id ORDER BY user_id LIMIT 1) AS "otherRep",
             (SELECT team_id FROM team WHERE team_id <> me.team_id ORDER BY team_id LIMIT 1) AS "otherTeam"
      FROM app_user me WHERE me.email = 'rep@demo.local'`);
    ids = row;
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('lists the six demo logins without signing in (demo mode)', async () => {
    const result = await api.graphql<{ demoLogins: { email: string; role: string; password: string }[] }>(
      '{ demoLogins { email role password } }',
    );
    expect(result.data?.demoLogins.map((login) => `${login.email} ${login.role} ${login.password}`)).toEqual([
      'admin@demo.local ADMIN demo-password',
      'management@demo.local MANAGEMENT demo-password',
      'controlling@demo.local CONTROLLING demo-password',
      'marketing@demo.local MARKETING demo-password',
      'manager@demo.local SALES_MANAGER demo-password',
      'rep@demo.local SALES_REP demo-password',
    ]);
  });

  it.each([
    ['management@demo.local', 'MANAGEMENT'],
    ['controlling@demo.local', 'CONTROLLING'],
    ['marketing@demo.local', 'MARKETING'],
    ['manager@demo.local', 'SALES_MANAGER'],
    ['rep@demo.local', 'SALES_REP'],
    ['admin@demo.local', 'ADMIN'],
  ] as const)('%s gets the catalogue of %s', async (email, role) => {
    const result = await api.graphql<{ kpiCatalogue: { code: string }[] }>(
      '{ kpiCatalogue { code } }',
      undefined,
      await as(email),
    );
    expect(result.data?.kpiCatalogue.map((kpi) => kpi.code)).toEqual(
      KPI_CODES.filter((code) => DEFAULT_RESPONSIBILITY[role].includes(code)),
    );
  });

  it('gives marketing only its KPIs by default and FORBIDDEN for DEFAULT_RATE', async () => {
    const token = await as('marketing@demo.local');
    const values = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter: PERIOD }, token);
    expect(new Set(values.data?.kpiValues.map((row) => row.kpi))).toEqual(new Set(DEFAULT_RESPONSIBILITY.MARKETING));
    const refused = await api.graphql(KPI_VALUES, { filter: { ...PERIOD, kpis: ['DEFAULT_RATE'] } }, token);
    expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows a rep their own deals by default, and refuses the company, another rep and their team', async () => {
    const token = await as('rep@demo.local');
    const byDefault = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter: PERIOD }, token);
    const own = await api.graphql<{ kpiValues: Row[] }>(
      KPI_VALUES,
      { filter: { ...PERIOD, scope: { type: 'REP', id: ids.rep } } },
      token,
    );
    expect(byDefault.data?.kpiValues).toEqual(own.data?.kpiValues);
    expect(byDefault.data?.kpiValues.find((row) => row.kpi === 'NEW_LEADS' && row.value !== 0)).toBeDefined();
    for (const scope of [{ type: 'COMPANY' }, { type: 'REP', id: ids.otherRep }, { type: 'TEAM', id: ids.team }]) {
      const refused = await api.graphql(KPI_VALUES, { filter: { ...PERIOD, scope } }, token);
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('shows a sales manager their team by default and a rep of it, and refuses another team, its rep and the company', async () => {
    const token = await as('manager@demo.local');
    const byDefault = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter: PERIOD }, token);
    const team = await api.graphql<{ kpiValues: Row[] }>(
      KPI_VALUES,
      { filter: { ...PERIOD, scope: { type: 'TEAM', id: ids.team } } },
      token,
    );
    expect(byDefault.data?.kpiValues).toEqual(team.data?.kpiValues);
    const rep = await api.graphql(KPI_VALUES, { filter: { ...PERIOD, scope: { type: 'REP', id: ids.rep } } }, token);
    expect(rep.errors).toBeUndefined();
    for (const scope of [{ type: 'COMPANY' }, { type: 'TEAM', id: ids.otherTeam }, { type: 'REP', id: ids.otherRep }]) {
      const refused = await api.graphql(KPI_VALUES, { filter: { ...PERIOD, scope } }, token);
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('explains to each role why it sees what it sees', async () => {
    const query = '{ myAccess { role scope { type ids label } kpis { kpi grantedBy } } }';
    const rep = await api.graphql<{
      myAccess: { scope: { type: string; ids: string[]; label: string }; kpis: unknown[] };
    }>(query, undefined, await as('rep@demo.local'));
    expect(rep.data?.myAccess.scope).toEqual({ type: 'REP', ids: [ids.rep], label: 'Your own deals' });
    expect(rep.data?.myAccess.kpis).toHaveLength(DEFAULT_RESPONSIBILITY.SALES_REP.length);
    const manager = await api.graphql<{ myAccess: { scope: { type: string; ids: string[]; label: string } } }>(
      query,
      undefined,
      await as('manager@demo.local'),
    );
    expect(manager.data?.myAccess.scope).toMatchObject({ type: 'TEAM', ids: [ids.team] });
    expect(manager.data?.myAccess.scope.label).toMatch(/^Teams you manage: /);
  });

  it('lists regions for company-wide roles and their teams with reps for a manager, and refuses the others', async () => {
    const regions = await api.graphql<{ regions: { id: string }[] }>(
      '{ regions { id name } }',
      undefined,
      await as('management@demo.local'),
    );
    expect(regions.data?.regions).toHaveLength(3);
    const teams = await api.graphql<{ myTeams: { id: string; reps: { id: string }[] }[] }>(
      '{ myTeams { id name regionName reps { id displayName } } }',
      undefined,
      await as('manager@demo.local'),
    );
    expect(teams.data?.myTeams.map((team) => team.id)).toEqual([ids.team]);
    expect(teams.data?.myTeams[0].reps.map((rep) => rep.id)).toContain(ids.rep);
    for (const [email, query] of [
      ['rep@demo.local', '{ regions { id } }'],
      ['manager@demo.local', '{ regions { id } }'],
      ['rep@demo.local', '{ myTeams { id } }'],
      ['management@demo.local', '{ myTeams { id } }'],
    ]) {
      const refused = await api.graphql(query, undefined, await as(email));
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }
  });
});
