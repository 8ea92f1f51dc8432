import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEFAULT_RESPONSIBILITY } from '@salesdash/shared/domain';
import { type ApiServer, startApiServer } from '../support/api-server';

const TEAM_MEDIANS = `query ($filter: TeamMedianFilter!) {
  teamMedians(filter: $filter) { kpi businessModel median repCount unavailableReason }
}`;
const KPI_VALUES = `query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value } }`;

interface TeamMedianRow {
  kpi: string;
  businessModel: string;
  median: number | null;
  repCount: number;
  unavailableReason: string | null;
}

/** The last twelve whole months before the current one: the demo data covers them. */
function lastTwelveMonths(): { from: string; to: string } {
  const now = new Date();
  const day = (monthOffset: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthOffset, 1)).toISOString().slice(0, 10);
  return { from: day(-12), to: day(0) };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

describe('teamMedians: a rep’s anonymous team median (demo company)', () => {
  const period = lastTwelveMonths();
  let db: TestDatabase;
  let api: ApiServer;
  let teamRepIds: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    const rows: { user_id: string }[] = await db.dataSource.query(`
      SELECT u.user_id FROM app_user u
      JOIN app_user me ON me.team_id = u.team_id AND me.email = 'rep@demo.local'
      ORDER BY u.user_id`);
    teamRepIds = rows.map((row) => row.user_id);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it('gives the rep, per KPI they see, the median of their team’s per-rep values, and no rep’s id', async () => {
    expect(teamRepIds.length).toBeGreaterThanOrEqual(3);
    const repToken = await api.login('rep@demo.local', 'demo-password');
    const answer = await api.graphql<{ teamMedians: TeamMedianRow[] }>(TEAM_MEDIANS, { filter: period }, repToken);
    expect(answer.errors).toBeUndefined();
    const medians = answer.data?.teamMedians ?? [];
    expect(new Set(medians.map((row) => row.kpi))).toEqual(new Set(DEFAULT_RESPONSIBILITY.SALES_REP));
    const body = JSON.stringify(answer);
    expect(teamRepIds.filter((repId) => body.includes(repId))).toEqual([]);

    // The same medians from each rep's own figures, as management sees them.
    const managementToken = await api.login('management@demo.local', 'demo-password');
    const perRep = await Promise.all(
      teamRepIds.map(async (repId) => {
        const values = await api.graphql<{ kpiValues: { kpi: string; businessModel: string; value: number | null }[] }>(
          KPI_VALUES,
          { filter: { ...period, kpis: [...DEFAULT_RESPONSIBILITY.SALES_REP], scope: { type: 'REP', id: repId } } },
          managementToken,
        );
        return values.data?.kpiValues ?? [];
      }),
    );
    for (const row of medians) {
      const values = perRep
        .map((rows) => rows.find((r) => r.kpi === row.kpi && r.businessModel === row.businessModel)?.value ?? null)
        .filter((value): value is number => value !== null);
      expect([row.kpi, row.businessModel, row.repCount]).toEqual([row.kpi, row.businessModel, values.length]);
      if (values.length >= 3) {
        expect(row.unavailableReason).toBeNull();
        expect(row.median).toBeCloseTo(medianOf(values), 9);
      } else {
        expect([row.median, row.unavailableReason]).toEqual([null, 'TOO_FEW_REPS']);
      }
    }
    expect(medians.some((row) => row.median !== null)).toBe(true);
  });

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
