import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import type { RowScope } from '@salesdash/api/org';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KPI_CODES, trailingMonths } from '@salesdash/shared/domain';
import { KpiEngine, type KpiQuery, repScopes } from './kpi-engine.service';
import { SCOPES_FIXTURE } from './testing/scopes-fixture';

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
    await db.dataSource.query(SCOPES_FIXTURE);
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
