import { rebuildFacts } from '@salesdash/api/facts';
import { CorridorPublisher, type PublishCorridorInput } from '@salesdash/api/policies';
import type { Viewer } from '@salesdash/api/identity';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { KpiQueryService } from './kpi-query.service';
import { kpiQueryServiceOn } from './testing/kpi-query-service';

const VIEWER: Viewer = { userId: 'U-C', email: 'c@x.test', displayName: 'Cora', role: 'CONTROLLING', teamId: null };

/**
 * CONSUMER_LOANS, paid out: March 2026 four deals (one defaulted → DEFAULT_RATE 0.25, n = 4),
 * April 2026 one deal (not defaulted → 0, n = 1).
 */
const FACTS = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('U-C', 'c@x.test', 'Cora', 'CONTROLLING', NULL);
  INSERT INTO deal VALUES
    ('D1', 'CONSUMER_LOANS', 'A', 'C1', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('D2', 'CONSUMER_LOANS', 'A', 'C2', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('D3', 'CONSUMER_LOANS', 'A', 'C3', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('D4', 'CONSUMER_LOANS', 'A', 'C4', '2026-01-01T00:00:00Z', 100, NULL, NULL),
    ('D5', 'CONSUMER_LOANS', 'A', 'C5', '2026-01-01T00:00:00Z', 100, NULL, NULL);
  INSERT INTO stage_event VALUES
    ('P1', 'D1', 'PAID_OUT', '2026-03-02T00:00:00Z', true),
    ('P2', 'D2', 'PAID_OUT', '2026-03-10T00:00:00Z', true),
    ('P3', 'D3', 'PAID_OUT', '2026-03-20T00:00:00Z', true),
    ('P4', 'D4', 'PAID_OUT', '2026-03-31T23:00:00Z', true),
    ('X1', 'D1', 'DEFAULTED', '2026-05-01T00:00:00Z', NULL),
    ('P5', 'D5', 'PAID_OUT', '2026-04-15T00:00:00Z', true);`;

function corridor(overrides: Partial<PublishCorridorInput>): PublishCorridorInput {
  return {
    businessModel: 'CONSUMER_LOANS',
    kpi: 'DEFAULT_RATE',
    effectiveFrom: '2026-01-01',
    acceptableMax: 0.2,
    toleratedMax: 0.3,
    minSampleSize: 2,
    rationale: 'Defaults are priced into the interest.',
    expectedVersion: null,
    ...overrides,
  };
}

describe('KPI status against the corridor in force, on PostgreSQL', () => {
  let db: TestDatabase;
  let service: KpiQueryService;
  let publisher: CorridorPublisher;

  beforeAll(async () => {
    db = await createTestDatabase();
    service = kpiQueryServiceOn(db.dataSource);
    publisher = new CorridorPublisher(db.dataSource);
    await db.dataSource.query(FACTS);
    await rebuildFacts(db.dataSource);
  });

  beforeEach(() => db.dataSource.query('TRUNCATE corridor_policy, audit_log'));

  afterAll(async () => {
    await db.drop();
  });

  async function defaultRate(from: string, to: string) {
    const values = await service.values(VIEWER, {
      from,
      to,
      asOf: new Date('2026-06-01T00:00:00Z'),
      businessModels: ['CONSUMER_LOANS'],
      kpis: ['DEFAULT_RATE'],
    });
    return values.map(({ value, sampleSize, status, policyVersion }) => ({ value, sampleSize, status, policyVersion }));
  }

  it('is NO_RANGE without a corridor', async () => {
    expect(await defaultRate('2026-03-01', '2026-04-01')).toEqual([
      { value: 0.25, sampleSize: 4, status: 'NO_RANGE', policyVersion: null },
    ]);
  });

  it('judges 0.25 (n = 4) against acceptable ≤ 0.2, tolerated ≤ 0.3 as TOLERATED with version 1', async () => {
    await publisher.publish(null, corridor({}));
    expect(await defaultRate('2026-03-01', '2026-04-01')).toEqual([
      { value: 0.25, sampleSize: 4, status: 'TOLERATED', policyVersion: 1 },
    ]);
    // April: 0 defaults of 1 payout, below minSampleSize 2.
    expect(await defaultRate('2026-04-01', '2026-05-01')).toEqual([
      { value: 0, sampleSize: 1, status: 'INSUFFICIENT_DATA', policyVersion: 1 },
    ]);
  });

  it('uses a future-dated version only from its date on (the period last day decides)', async () => {
    await publisher.publish(null, corridor({}));
    await publisher.publish(null, corridor({ effectiveFrom: '2026-03-31', acceptableMax: 0.25, expectedVersion: 1 }));
    await publisher.publish(
      null,
      corridor({ effectiveFrom: '2026-04-01', toleratedMax: 0.24, acceptableMax: 0.1, expectedVersion: 2 }),
    );
    expect(await defaultRate('2026-03-01', '2026-03-31')).toEqual([
      { value: 1 / 3, sampleSize: 3, status: 'UNACCEPTABLE', policyVersion: 1 },
    ]);
    expect(await defaultRate('2026-03-01', '2026-04-01')).toEqual([
      { value: 0.25, sampleSize: 4, status: 'ACCEPTABLE', policyVersion: 2 },
    ]);
  });

  it('gives each month of a trend the version in force for that month', async () => {
    await publisher.publish(null, corridor({}));
    await publisher.publish(
      null,
      corridor({ effectiveFrom: '2026-04-01', acceptableMax: 0.3, minSampleSize: 1, expectedVersion: 1 }),
    );
    const [series] = await service.trend(VIEWER, {
      to: '2026-05-01',
      months: 3,
      asOf: new Date('2026-06-01T00:00:00Z'),
      businessModels: ['CONSUMER_LOANS'],
      kpis: ['DEFAULT_RATE'],
    });
    expect(series.points.map(({ from, status, policyVersion }) => [from, status, policyVersion])).toEqual([
      ['2026-02-01', 'NO_DATA', 1],
      ['2026-03-01', 'TOLERATED', 1],
      ['2026-04-01', 'ACCEPTABLE', 2],
    ]);
  });

  it('ignores segment corridors (KPI requests have no segment filter)', async () => {
    await publisher.publish(null, corridor({ segment: 'SME', acceptableMax: 0.5, toleratedMax: 0.5 }));
    expect(await defaultRate('2026-03-01', '2026-04-01')).toEqual([
      { value: 0.25, sampleSize: 4, status: 'NO_RANGE', policyVersion: null },
    ]);
  });

  it('answers with what was published or configured since the last answer (nothing kept goes stale)', async () => {
    expect((await defaultRate('2026-03-01', '2026-04-01'))[0].status).toBe('NO_RANGE');
    await publisher.publish(null, corridor({}));
    expect((await defaultRate('2026-03-01', '2026-04-01'))[0].status).toBe('TOLERATED');

    await db.dataSource.query(`DELETE FROM kpi_responsibility WHERE role = 'CONTROLLING' AND kpi = 'DEFAULT_RATE'`);
    try {
      await expect(defaultRate('2026-03-01', '2026-04-01')).rejects.toThrow('may not see DEFAULT_RATE');
    } finally {
      await db.dataSource.query(`INSERT INTO kpi_responsibility (role, kpi) VALUES ('CONTROLLING', 'DEFAULT_RATE')`);
    }

    await db.dataSource.query(`INSERT INTO business_model (code, name, description) VALUES ('LEASING', 'Leasing', '')`);
    try {
      const leasing = await service.values(VIEWER, {
        from: '2026-03-01',
        to: '2026-04-01',
        businessModels: ['LEASING'],
      });
      expect(leasing.every((value) => value.businessModel === 'LEASING')).toBe(true);
    } finally {
      await db.dataSource.query(`DELETE FROM business_model WHERE code = 'LEASING'`);
    }
  });
});
