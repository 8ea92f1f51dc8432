import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY } from '@salesdash/shared/domain';
import { type ApiServer, startApiServer } from '../support/api-server';

const TEAM_MEDIANS = `query ($filter: TeamMedianFilter!) {
  teamMedians(filter: $filter) { kpi businessModel median colleagueCount unavailableReason }
}`;
const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value } }`;

interface TeamMedianRow {
  kpi: string;
  businessModel: string;
  median: number | null;
  colleagueCount: number;
  unavailableReason: string | null;
}

/** The last twelve whole months before the current one: the demo data covers them. */
function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date();
  const day = (monthOffset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthOffset, 1)).toISOString().slice(0, 10);
  return { from: day(-12), to: day(0) };
}

/** One day in the middle of last month: short periods are where a median gives colleagues away. */
function oneDayLastMonth(): { from: string; to: string } {
  const now = new Date();
  const day = (offset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15 + offset)).toISOString().slice(0, 10);
  return { from: day(0), to: day(1) };
}

/** The rule of the README, written out again: the colleagues' median, withheld when it would reveal one. */
function expectedMedian(colleagueValues: number[]): Pick<TeamMedianRow, 'median' | 'unavailableReason'> {
  if (colleagueValues.length < 3) {
    return { median: null, unavailableReason: 'TOO_FEW_COLLEAGUES' };
  }
  if (new Set(colleagueValues).size === 1) {
    return { median: null, unavailableReason: 'ALL_EQUAL' };
  }
  const sorted = [...colleagueValues].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, unavailableReason: null };
}

describe('teamMedians: a rep’s anonymous team median (demo company)', () => {
  const period = lastTwelveMonths();
  let db: TestDatabase;
  let api: ApiServer;
  let colleagueIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    const rows: { user_id: string }[] = await db.dataSource.query(`
      SELECT u.user_id FROM app_user u
      JOIN app_user me ON me.team_id = u.team_id AND me.email = 'rep@demo.local' AND u.user_id <> me.user_id
      WHERE u.role = 'SALES_REP'
      ORDER BY u.user_id`);
    colleagueIds = rows.map((row) => row.user_id);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  /** Each colleague's own figures for `filter`, as management sees them. */
  async function colleagueValues(filter: { from: string; to: string }) {
    const managementToken = await api.login('management@demo.local', 'demo-password');
    return Promise.all(
      colleagueIds.map(async (repId) => {
        const values = await api.graphql<{ kpiValues: { kpi: string; businessModel: string; value: number | null }[] }>(
          KPI_VALUES,
          { filter: { ...filter, kpis: [...DEFAULT_RESPONSIBILITY.SALES_REP], scope: { type: 'REP', id: repId } } },
          managementToken,
        );
        return values.data?.kpiValues ?? [];
      }),
    );
  }

  it.each([
    ['the last twelve months', period, 'shown'],
    ['one day', oneDayLastMonth(), 'withheld'],
  ])(
    'gives the rep, per KPI they see, the median of their colleagues’ values over %s, or why not, and no rep’s id',
    async (_, filter, atLeastOne) => {
      expect(colleagueIds.length).toBeGreaterThanOrEqual(3);
      const repToken = await api.login('rep@demo.local', 'demo-password');
      const answer = await api.graphql<{ teamMedians: TeamMedianRow[] }>(TEAM_MEDIANS, { filter }, repToken);
      expect(answer.errors).toBeUndefined();
      const medians = answer.data?.teamMedians ?? [];
      expect(new Set(medians.map((row) => row.kpi))).toEqual(new Set(DEFAULT_RESPONSIBILITY.SALES_REP));
      const body = JSON.stringify(answer);
      expect(colleagueIds.filter((repId) => body.includes(repId))).toEqual([]);

      const perColleague = await colleagueValues(filter);
      for (const row of medians) {
        const values = perColleague
          .map((rows) => rows.find((r) => r.kpi === row.kpi && r.businessModel === row.businessModel)?.value ?? null)
          .filter((value): value is number => value !== null);
        const expected = expectedMedian(values);
        expect([row.kpi, row.businessModel, row.colleagueCount, row.unavailableReason]).toEqual([
          row.kpi,
          row.businessModel,
          values.length,
          expected.unavailableReason,
        ]);
        if (expected.median === null) {
          expect(row.median).toBeNull();
        } else {
          expect(row.median).toBeCloseTo(expected.median, 9);
        }
      }
      // Over a year most medians are shown; over one day some are withheld.
      expect(medians.some((row) => (row.median === null ? 'withheld' : 'shown') === atLeastOne)).toBe(true);
    },
  );

  it('takes the team from the signed-in rep only: the filter has no scope', async () => {
    const repToken = await api.login('rep@demo.local', 'demo-password');
    const refused = await api.graphql(
      TEAM_MEDIANS,
      { filter: { ...period, scope: { type: 'TEAM', id: 'T-SOUTH-1' } } },
      repToken,
    );
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].message).toContain('scope');
  });

  it.each(['manager', 'management', 'controlling', 'marketing', 'admin'])(
    'refuses %s@demo.local with FORBIDDEN',
    async (login) => {
      const token = await api.login(`${login}@demo.local`, 'demo-password');
      const refused = await api.graphql(TEAM_MEDIANS, { filter: period }, token);
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    },
  );
});
