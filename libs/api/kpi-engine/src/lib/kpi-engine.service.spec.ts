import { FactReader, rebuildFacts } from '@salesdash/api/facts';
import { DataSource, EntityManager } from 'typeorm';
import { COMPANY_SCOPE, type RowScope } from '@salesdash/api/org';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { KPI_CODES, trailingMonths } from '@salesdash/shared/domain';
import { KpiEngine, type KpiQuery } from './kpi-engine.service';
import type { KpiMeasurement } from './kpi-measurement';

const MARCH = { from: '2026-03-01', to: '2026-04-01' };

function pick(measurements: KpiMeasurement[], kpi: string, model = 'CONSUMER_LOANS'): KpiMeasurement {
  const found = measurements.find((m) => m.kpi === kpi && m.businessModel === model);
  if (!found) {
    throw new Error(`no ${kpi}/${model}`);
  }
  return found;
}

describe('KpiEngine on PostgreSQL', () => {
  let db: TestDatabase;
  let engine: KpiEngine;

  const query = (overrides: Partial<KpiQuery> = {}): KpiQuery => ({
    periods: [MARCH],
    asOf: new Date('2026-06-01T00:00:00Z'),
    businessModels: ['CONSUMER_LOANS', 'PREMIUM_FINANCING'],
    kpis: KPI_CODES,
    scope: COMPANY_SCOPE,
    ...overrides,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    engine = new KpiEngine(db.dataSource, new FactReader());
    await db.dataSource.query(`
      INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
      INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'South 1', 'R2', NULL);
      INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
        ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'),
        ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T2');
      INSERT INTO deal VALUES
        ('D1', 'CONSUMER_LOANS', 'A', 'C1', '2026-03-01T00:00:00Z', 1000.00, NULL, 'WEB'),
        ('D2', 'CONSUMER_LOANS', 'A', 'C2', '2026-03-31T23:59:59.999999Z', 2000.50, NULL, 'APP'),
        ('D3', 'CONSUMER_LOANS', 'B', 'C3', '2026-04-01T00:30:00+01:00', 3000.00, NULL, NULL),
        ('D4', 'CONSUMER_LOANS', 'B', 'C4', '2026-04-01T00:00:00Z', 4000.00, NULL, NULL);
      -- D1 won exactly at from, D2 won exactly at to (April), D3 (created 2026-03-31T23:30Z) lost in March
      INSERT INTO stage_event VALUES
        ('E1', 'D1', 'WON', '2026-03-01T00:00:00Z', NULL),
        ('E2', 'D2', 'WON', '2026-04-01T00:00:00Z', NULL),
        ('E3', 'D3', 'LOST', '2026-03-31T23:45:00Z', NULL),
        ('E4', 'D1', 'ONBOARDED', '2026-03-03T12:00:00.000001Z', NULL);
      INSERT INTO interaction VALUES
        ('I1', 'D1', 'A', 'PHONE', 'INBOUND', '2026-03-05T00:00:00Z', 30),
        ('I2', 'D1', 'A', 'PHONE', 'INBOUND', '2026-03-06T00:00:00Z', 90),
        ('I3', 'D2', 'A', 'EMAIL', 'INBOUND', '2026-03-07T00:00:00Z', 150),
        ('I4', 'D2', 'A', 'EMAIL', 'INBOUND', '2026-03-08T00:00:00Z', 600),
        ('I5', 'D2', 'B', 'EMAIL', 'OUTBOUND', '2026-03-08T00:00:00Z', NULL),
        ('I6', 'D2', 'A', 'EMAIL', 'INBOUND', '2026-03-09T00:00:00Z', NULL);
      INSERT INTO target VALUES
        ('G1', 'REP', 'A', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-03-01', '2026-04-01', 3100),
        ('G2', 'REP', 'B', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-03-21', '2026-04-21', 3100);
    `);
    await rebuildFacts(db.dataSource);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('counts an event exactly at from and not one exactly at to, offsets converted to UTC', async () => {
    const [march] = await engine.measure(query());
    expect(pick(march, 'WON_DEALS')).toMatchObject({ value: 1, sampleSize: 1 });
    expect(pick(march, 'WON_VOLUME').value).toBe(1000);
    // D3 was created 2026-03-31T23:30Z (offset +01:00), so March has D1, D2, D3.
    expect(pick(march, 'NEW_LEADS').value).toBe(3);
    expect(pick(march, 'WIN_RATE')).toMatchObject({ value: 0.5, sampleSize: 2 });
  });

  it('keeps microseconds in durations', async () => {
    const [march] = await engine.measure(query());
    expect(pick(march, 'ONBOARDING_DAYS').value).toBeCloseTo(2.5 + 0.000001 / 86400, 12);
  });

  it('takes the median of an even count by interpolation, in hours', async () => {
    const [march] = await engine.measure(query());
    // 0.5 h, 1.5 h, 2.5 h, 10 h → (1.5 + 2.5) / 2
    expect(pick(march, 'FIRST_RESPONSE_HOURS')).toMatchObject({ value: 2, sampleSize: 4 });
    expect(pick(march, 'ACTIVITIES')).toMatchObject({ value: 1, sampleSize: 1 });
  });

  it('answers empty sets with 0 for counts and sums and null for rates, means and medians', async () => {
    const [march] = await engine.measure(query());
    expect(pick(march, 'NEW_LEADS', 'PREMIUM_FINANCING')).toMatchObject({ value: 0, sampleSize: 0 });
    expect(pick(march, 'PIPELINE_VALUE', 'PREMIUM_FINANCING')).toMatchObject({ value: 0, sampleSize: 0 });
    expect(pick(march, 'WIN_RATE', 'PREMIUM_FINANCING')).toMatchObject({ value: null, sampleSize: 0 });
    expect(pick(march, 'CSAT', 'PREMIUM_FINANCING')).toMatchObject({ value: null, sampleSize: 0 });
    expect(pick(march, 'FIRST_RESPONSE_HOURS', 'PREMIUM_FINANCING').value).toBeNull();
  });

  it('prorates targets over partial months and sums reps into teams, regions and the company', async () => {
    const [march] = await engine.measure(query());
    // A: 3100 × 31/31; B: 3100 × 11/31 (March 21–31 of a 31-day row)
    expect(pick(march, 'WON_VOLUME').target).toBeCloseTo(3100 + 1100, 9);
    expect(pick(march, 'QUOTA_ATTAINMENT').value).toBeCloseTo(1000 / 4200, 12);
    const teamB: RowScope = { type: 'TEAM', ids: ['T2'], repIds: ['B'] };
    const [teamMarch] = await engine.measure(query({ scope: teamB }));
    expect(pick(teamMarch, 'WON_VOLUME').target).toBeCloseTo(1100, 9);
    expect(pick(teamMarch, 'QUOTA_ATTAINMENT').value).toBe(0);
    expect(pick(teamMarch, 'WON_DEALS').target).toBeNull();
  });

  it('restricts facts to the reps of the row scope', async () => {
    const repA: RowScope = { type: 'REP', ids: ['A'], repIds: ['A'] };
    const [march] = await engine.measure(query({ scope: repA }));
    expect(pick(march, 'NEW_LEADS').value).toBe(2);
    expect(pick(march, 'ACTIVITIES').value).toBe(1);
    expect(pick(march, 'WIN_RATE').value).toBe(1);
  });

  it('computes a 12-month trend with the same constant number of statements as one period', async () => {
    const inTransactions = jest.spyOn(EntityManager.prototype, 'query');
    const alone = jest.spyOn(DataSource.prototype, 'query');
    const statements = () => inTransactions.mock.calls.length + alone.mock.calls.length;
    // Engines of their own, so neither read is answered from the facts layer's memory.
    await new KpiEngine(db.dataSource, new FactReader()).measure(query());
    const single = statements();
    inTransactions.mockClear();
    alone.mockClear();
    const trend = await new KpiEngine(db.dataSource, new FactReader()).measure(
      query({ periods: trailingMonths('2026-04-01', 12) }),
    );
    expect(statements()).toBe(single);
    inTransactions.mockRestore();
    alone.mockRestore();
    expect(trend).toHaveLength(12);
    expect(pick(trend[11], 'WON_DEALS').value).toBe(1);
    expect(pick(trend[10], 'WON_DEALS').value).toBe(0);
  });

  describe('kept answers', () => {
    const teamA: RowScope = { type: 'TEAM', ids: ['T1'], repIds: ['A'] };

    afterEach(async () => {
      await db.dataSource.query(`
        UPDATE target SET value = 3100 WHERE target_id = 'G1';
        DELETE FROM app_user WHERE user_id = 'C';`);
    });

    it('serves a changed target at once, whoever changed it, and repeats an unchanged answer without reading targets', async () => {
      await engine.measure(query());
      const reads = jest.spyOn(DataSource.prototype, 'query');
      await engine.measure(query());
      const targetReads = reads.mock.calls.filter(([sql]) => String(sql).includes('FROM target')).length;
      reads.mockRestore();
      expect(targetReads).toBe(0);

      await db.dataSource.query(`UPDATE target SET value = 6200 WHERE target_id = 'G1'`);
      const [march] = await engine.measure(query());

      expect(pick(march, 'WON_VOLUME').target).toBeCloseTo(6200 + 1100, 9);
    });

    it('counts a rep who joins a team at once', async () => {
      const [before] = await engine.measure(query({ scope: teamA, kpis: ['ACTIVITIES'] }));
      await db.dataSource.query(
        `INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES ('C', 'c@x.test', 'Rep C', 'SALES_REP', 'T1')`,
      );
      const [after] = await engine.measure(query({ scope: teamA, kpis: ['ACTIVITIES'] }));

      // the reps a corridor per rep and month is scaled by (§5.1)
      expect(pick(before, 'ACTIVITIES').reps).toBe(1);
      expect(pick(after, 'ACTIVITIES').reps).toBe(2);
    });

    it('reads the target to date of a running period every time', async () => {
      const running = query({ periods: [MARCH], asOf: new Date('2026-03-16T12:00:00Z') });
      const [first] = await engine.measure(running);
      const [later] = await engine.measure({ ...running, asOf: new Date('2026-03-17T12:00:00Z') });

      expect(pick(later, 'WON_VOLUME').targetToDate).toBeGreaterThan(pick(first, 'WON_VOLUME').targetToDate ?? 0);
    });
  });
});
