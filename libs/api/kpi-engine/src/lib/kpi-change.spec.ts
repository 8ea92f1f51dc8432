import { rebuildFacts } from '@salesdash/api/facts';
import type { Viewer } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { KpiValueType } from './graphql/kpi.types';
import type { KpiQueryService } from './kpi-query.service';
import { kpiQueryServiceOn } from './testing/kpi-query-service';
import { SCOPES_FIXTURE } from './testing/scopes-fixture';

const BOSS: Viewer = { userId: 'BOSS', email: 'boss@x.test', displayName: 'Boss', role: 'MANAGEMENT', teamId: null };

/** value and sampleSize of each (KPI, model), as a comparison carries them. */
function figures(values: readonly KpiValueType[]): Map<string, { value: number | null; sampleSize: number }> {
  return new Map(values.map((v) => [`${v.kpi}|${v.businessModel}`, { value: v.value, sampleSize: v.sampleSize }]));
}

describe('KPI values with their change against earlier periods', () => {
  let db: TestDatabase;
  let kpiQueries: KpiQueryService;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(SCOPES_FIXTURE);
    // A year later than the fixture's facts, so "last year" has figures of its own.
    await db.dataSource.query(`
      INSERT INTO deal SELECT 'Y' || deal_id, business_model, rep_id, customer_id, created_at + interval '1 year', amount, segment, source_touchpoint FROM deal;
      INSERT INTO stage_event SELECT 'Y' || event_id, 'Y' || deal_id, stage, occurred_at + interval '1 year', info_complete FROM stage_event;
    `);
    await rebuildFacts(db.dataSource);
    kpiQueries = kpiQueryServiceOn(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('leaves change out unless asked', async () => {
    const values = await kpiQueries.values(BOSS, { from: '2027-03-01', to: '2027-04-01' });
    expect(values.every((value) => value.change === null)).toBe(true);
  });

  it('measures a running month like for like: the same number of days of the month before and a year earlier', async () => {
    const asOf = new Date('2027-03-10T12:00:00Z');
    const values = await kpiQueries.values(BOSS, { from: '2027-03-01', to: '2027-04-01', asOf, withChange: true });
    const previous = figures(await kpiQueries.values(BOSS, { from: '2027-02-01', to: '2027-02-11', asOf }));
    const lastYear = figures(await kpiQueries.values(BOSS, { from: '2026-03-01', to: '2026-03-11', asOf }));
    expect(values.length).toBeGreaterThan(30);
    for (const value of values) {
      const key = `${value.kpi}|${value.businessModel}`;
      if (value.kpi === 'QUOTA_ATTAINMENT') {
        // Against the whole month's target while it runs: no like-for-like earlier figure.
        expect(value.change).toBeNull();
        continue;
      }
      expect({ key, change: value.change }).toEqual({
        key,
        change: {
          previous: { from: '2027-02-01', to: '2027-02-11', ...previous.get(key) },
          lastYear: { from: '2026-03-01', to: '2026-03-11', ...lastYear.get(key) },
        },
      });
    }
    const wonLastYear = lastYear.get('WON_DEALS|CONSUMER_LOANS');
    expect(wonLastYear?.sampleSize).toBeGreaterThan(0);
  });

  it('compares quota attainment of an ended period like every other KPI', async () => {
    const filter = { from: '2027-02-01', to: '2027-03-01', asOf: new Date('2027-06-01T00:00:00Z'), withChange: true };
    const values = await kpiQueries.values(BOSS, { ...filter, kpis: ['QUOTA_ATTAINMENT'] });
    expect(values.every((value) => value.change?.previous.from === '2027-01-01')).toBe(true);
  });

  it('gives each scope of kpiValuesByScope its own change', async () => {
    const filter = { from: '2027-02-01', to: '2027-03-01', asOf: new Date('2027-06-01T00:00:00Z') };
    const [team] = await kpiQueries.valuesByScope(BOSS, { ...filter, level: 'TEAM', ids: ['T1'], withChange: true });
    const alone = await kpiQueries.values(BOSS, { ...filter, scope: { type: 'TEAM', id: 'T1' }, withChange: true });
    expect(team.values.map((value) => value.change)).toEqual(alone.map((value) => value.change));
    expect(alone.some((value) => (value.change?.previous.sampleSize ?? 0) > 0)).toBe(true);
  });
});
