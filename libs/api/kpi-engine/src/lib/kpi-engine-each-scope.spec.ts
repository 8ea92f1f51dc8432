import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import type { RowScope } from '@salesdash/api/org';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KPI_CODES, trailingMonths } from '@salesdash/shared/domain';
import { KpiEngine, type KpiQuery, repScopes } from './kpi-engine.service';

/**
 * Regions R1 (teams T1, T2) and R2 (T3, and T4 without anyone); reps A, B in T1, C in T2, D and E
 * (no deals) in T3; a manager in T1 who is no rep. Deals of both models for A–D over half a year
 * with every kind of event, interactions and feedback; REP targets for everyone and T2's own TEAM
 * target, which replaces the sum of its reps'.
 */
const FIXTURE = `
  INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'North 2', 'R1', NULL),
                          ('T3', 'South 1', 'R2', NULL), ('T4', 'South 2', 'R2', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T1'),
    ('C', 'c@x.test', 'Rep C', 'SALES_REP', 'T2'), ('D', 'd@x.test', 'Rep D', 'SALES_REP', 'T3'),
    ('E', 'e@x.test', 'Rep E', 'SALES_REP', 'T3'), ('M', 'm@x.test', 'Manager', 'SALES_MANAGER', 'T1');
  INSERT INTO deal
  SELECT 'D' || i, CASE WHEN i % 2 = 0 THEN 'CONSUMER_LOANS' ELSE 'PREMIUM_FINANCING' END,
         (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4], 'C' || i,
         timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours', 1000 + i * 3.5, NULL, NULL
  FROM generate_series(1, 400) i;
  INSERT INTO stage_event
  SELECT 'O' || i, 'D' || i, 'OPPORTUNITY', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '3 days', NULL::boolean
  FROM generate_series(1, 400) i WHERE i % 2 = 0 OR i % 7 = 0
  UNION ALL
  SELECT 'W' || i, 'D' || i, CASE WHEN i % 5 = 0 THEN 'LOST' ELSE 'WON' END,
         timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '10 days', NULL
  FROM generate_series(1, 400) i WHERE i % 3 = 0 OR i % 5 = 0
  UNION ALL
  SELECT 'N' || i, 'D' || i, 'ONBOARDED', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '16 days', NULL
  FROM generate_series(1, 400) i WHERE i % 3 = 0 AND i % 5 <> 0
  UNION ALL
  SELECT 'P' || i, 'D' || i, 'PAID_OUT', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '20 days', i % 2 = 0
  FROM generate_series(1, 400) i WHERE i % 3 = 0 AND i % 5 <> 0
  UNION ALL
  SELECT 'X' || i, 'D' || i, 'DEFAULTED', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '50 days', NULL
  FROM generate_series(1, 400) i WHERE i % 9 = 0 AND i % 5 <> 0;
  INSERT INTO interaction
  SELECT 'I' || i, 'D' || (1 + i % 400), (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4], 'PHONE',
         CASE WHEN i % 3 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END,
         timestamptz '2026-01-02T00:00:00Z' + i * interval '5 hours',
         CASE WHEN i % 3 = 0 THEN NULL ELSE (i * 37) % 900 END
  FROM generate_series(1, 700) i;
  INSERT INTO feedback
  SELECT 'F' || i, 'D' || (1 + i % 400), 'WON', 'APP', timestamptz '2026-01-03T00:00:00Z' + i * interval '11 hours',
         1 + i % 5, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 11 END, NULL
  FROM generate_series(1, 350) i;
  INSERT INTO target
  SELECT 'G' || rep || m || kpi, 'REP', rep, 'CONSUMER_LOANS', kpi,
         date '2026-01-01' + (m || ' months')::interval, date '2026-01-01' + ((m + 1) || ' months')::interval, 50000 + m * 1000
  FROM unnest(ARRAY['A', 'B', 'C', 'D', 'E']) rep, generate_series(0, 5) m, unnest(ARRAY['WON_VOLUME', 'WON_DEALS']) kpi;
  INSERT INTO target VALUES ('GT2', 'TEAM', 'T2', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-02-01', '2026-05-01', 123456);
`;

describe('KpiEngine.measureEach: several scopes of one level in one pass', () => {
  let db: TestDatabase;

  const base: Omit<KpiQuery, 'scope'> = {
    periods: trailingMonths('2026-07-01', 6),
    asOf: new Date('2026-06-20T00:00:00Z'),
    businessModels: ['CONSUMER_LOANS', 'PREMIUM_FINANCING'],
    kpis: KPI_CODES,
  };

  const teams: RowScope[] = [
    { type: 'TEAM', ids: ['T1'], repIds: ['A', 'B', 'M'] },
    { type: 'TEAM', ids: ['T2'], repIds: ['C'] },
    { type: 'TEAM', ids: ['T3'], repIds: ['D', 'E'] },
    { type: 'TEAM', ids: ['T4'], repIds: [] },
  ];
  const regions: RowScope[] = [
    { type: 'REGION', ids: ['R1'], repIds: ['A', 'B', 'C', 'M'] },
    { type: 'REGION', ids: ['R2'], repIds: ['D', 'E'] },
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(FIXTURE);
    await rebuildFacts(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  describe.each(['rollup', 'raw'] as const)('on the %s path', (path) => {
    let engine: KpiEngine;

    beforeAll(() => {
      engine = new KpiEngine(db.dataSource, new FactReader(path));
    });

    it.each([
      ['regions', regions],
      ['teams', teams],
      ['reps', repScopes(['A', 'B', 'C', 'D', 'E'])],
    ])('measures %s each exactly as measure does with that one scope', async (_level, scopes) => {
      const each = await engine.measureEach({ ...base, scopes });
      expect([...each.keys()]).toEqual(scopes.map((scope) => scope.ids?.[0]));
      for (const scope of scopes) {
        expect(each.get(scope.ids?.[0] ?? '')).toEqual(await engine.measure({ ...base, scope }));
      }
    });
  });

  it('has figures to compare: targets (the team row of T2 among them), reps and values differ by scope', async () => {
    const engine = new KpiEngine(db.dataSource, new FactReader());
    const each = await engine.measureEach({
      ...base,
      periods: [{ from: '2026-03-01', to: '2026-04-01' }],
      scopes: teams,
    });
    const wonVolume = (team: string) =>
      each.get(team)?.[0].find((m) => m.kpi === 'WON_VOLUME' && m.businessModel === 'CONSUMER_LOANS');
    expect(wonVolume('T1')).toMatchObject({ target: 104000, reps: 2 });
    // 31 of the team row's 89 days
    expect(wonVolume('T2')?.target).toBeCloseTo((123456 * 31) / 89, 6);
    expect(wonVolume('T2')?.reps).toBe(1);
    expect(wonVolume('T4')).toMatchObject({ value: 0, target: null, reps: 0 });
    expect(wonVolume('T1')?.value).toBeGreaterThan(0);
    expect(wonVolume('T1')?.value).not.toBe(wonVolume('T3')?.value);
  });

  it('refuses scopes of several levels or of several ids, which one pass cannot keep apart', async () => {
    const engine = new KpiEngine(db.dataSource, new FactReader());
    await expect(engine.measureEach({ ...base, scopes: [teams[0], regions[0]] })).rejects.toThrow('one level');
    await expect(
      engine.measureEach({ ...base, scopes: [{ type: 'TEAM', ids: ['T1', 'T2'], repIds: ['A', 'B', 'C'] }] }),
    ).rejects.toThrow('one id each');
  });
});
