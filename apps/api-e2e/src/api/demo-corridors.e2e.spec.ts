import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { addsUpOverScope, presetPeriod, type PeriodPreset, toIsoDate } from '@salesdash/shared/domain';
import { type ApiServer, startApiServer } from '../support/api-server';

const KPI_VALUES = `query ($filter: KpiFilter!) {
  kpiValues(filter: $filter) { kpi businessModel value status basis judgedValue targetToDate pace }
}`;

interface Row {
  kpi: string;
  businessModel: string;
  value: number | null;
  status: string;
  basis: string | null;
  judgedValue: number | null;
  targetToDate: number | null;
  pace: string | null;
}

const JUDGED = new Set(['ACCEPTABLE', 'TOLERATED', 'UNACCEPTABLE']);
const PRESETS: readonly PeriodPreset[] = ['THIS_MONTH', 'LAST_MONTH', 'LAST_12_MONTHS'];

/**
 * The demo corridors judged against the demo company (issue: every status tells the truth at every
 * scope and period): nobody at or above the target to date reads unacceptable on won volume, counts and
 * sums are judged on a basis that holds at every scope, and each model shows a mix of statuses.
 */
describe('the demo corridors on the demo company', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let token: string;
  let scopes: { type: 'TEAM' | 'REP'; id: string }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { DEMO_DATA: 'true' });
    token = await api.login('management@demo.local', 'demo-password');
    const teams: { team_id: string }[] = await db.dataSource.query('SELECT team_id FROM team ORDER BY team_id');
    const reps: { user_id: string }[] = await db.dataSource.query(
      "SELECT user_id FROM app_user WHERE role = 'SALES_REP' AND team_id IS NOT NULL ORDER BY user_id",
    );
    scopes = [
      ...teams.map((team) => ({ type: 'TEAM' as const, id: team.team_id })),
      ...reps.map((rep) => ({ type: 'REP' as const, id: rep.user_id })),
    ];
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  async function values(filter: object): Promise<Row[]> {
    const result = await api.graphql<{ kpiValues: Row[] }>(KPI_VALUES, { filter }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.kpiValues ?? [];
  }

  it.each(PRESETS)(
    '%s: no team or rep at or above its target to date reads Unacceptable on won volume',
    async (preset) => {
      const period = presetPeriod(preset, toIsoDate(new Date()));
      const offenders: unknown[] = [];
      let onTarget = 0;
      for (const scope of scopes) {
        for (const row of await values({ ...period, scope, kpis: ['WON_VOLUME'] })) {
          const atTarget = row.targetToDate !== null && row.targetToDate > 0 && (row.value ?? 0) >= row.targetToDate;
          onTarget += atTarget ? 1 : 0;
          if (atTarget && row.status !== 'ACCEPTABLE') {
            offenders.push({ scope, ...row });
          }
        }
      }
      expect(offenders).toEqual([]);
      // The check is worth something only if some scopes are at or above their target to date.
      expect(onTarget).toBeGreaterThan(0);
    },
  );

  it('judges every count and sum on a basis that holds at every scope, the rest on its value', async () => {
    const rows = await values(presetPeriod('LAST_12_MONTHS', toIsoDate(new Date())));
    const judged = rows.filter((row) => row.basis !== null);
    expect(judged.length).toBeGreaterThan(30);
    for (const row of judged) {
      expect([row.kpi, row.basis !== 'VALUE']).toEqual([row.kpi, addsUpOverScope(row.kpi)]);
    }
    expect(rows.filter((row) => row.kpi === 'QUOTA_ATTAINMENT').map((row) => row.status)).toEqual([
      'NO_RANGE',
      'NO_RANGE',
    ]);
  });

  it.each(PRESETS)(
    '%s: each model shows a mix of statuses at company scope, differing between models',
    async (preset) => {
      const rows = await values(presetPeriod(preset, toIsoDate(new Date())));
      const statusesOf = (model: string) =>
        rows
          .filter((row) => row.businessModel === model && JUDGED.has(row.status))
          .map((row) => `${row.kpi}:${row.status}`);
      const premium = statusesOf('PREMIUM_FINANCING');
      const consumer = statusesOf('CONSUMER_LOANS');
      for (const statuses of [premium, consumer]) {
        expect(new Set(statuses.map((entry) => entry.split(':')[1])).size).toBeGreaterThanOrEqual(2);
      }
      expect(premium.map((entry) => entry.replace(/^.*:/, ''))).not.toEqual(
        consumer.map((entry) => entry.replace(/^.*:/, '')),
      );
    },
  );
});
