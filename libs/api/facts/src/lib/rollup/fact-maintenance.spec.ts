import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { FactReader } from '../fact-reader';
import type { FactQuery } from '../fact-families';
import { FACT_BUILD, FactMaintenance, rebuildFacts } from './fact-maintenance';

const ORG = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T1');
  INSERT INTO deal VALUES
    ('D1', 'CONSUMER_LOANS', 'A', 'C1', '2026-03-01T10:00:00Z', 1000.00, NULL, NULL),
    ('D2', 'CONSUMER_LOANS', 'B', 'C2', '2026-03-02T10:00:00Z', 500.50, NULL, NULL);
  INSERT INTO stage_event VALUES
    ('E1', 'D1', 'WON', '2026-03-05T10:00:00Z', NULL),
    ('E2', 'D2', 'LOST', '2026-04-02T00:00:00Z', NULL);`;

/** Answered inbound interactions with these minutes on D1, one a day in March 2026. */
function responses(minutes: readonly number[]): string {
  const rows = minutes.map(
    (value, index) =>
      `('I${index}', 'D1', 'A', 'PHONE', 'INBOUND', '2026-03-${String(1 + (index % 28)).padStart(2, '0')}T12:00:00Z', ${value})`,
  );
  return `INSERT INTO interaction VALUES ${rows.join(', ')};`;
}

const MARCH: FactQuery = {
  periods: [{ from: '2026-03-01', to: '2026-04-01' }],
  asOf: new Date('2026-06-01T00:00:00Z'),
  businessModels: ['CONSUMER_LOANS'],
  repIds: null,
  groups: null,
  families: ['deal', 'stage', 'feedback', 'interaction'],
};

describe('the facts layer on PostgreSQL', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(ORG);
  });

  afterEach(async () => {
    await db.drop();
  });

  /** A table's rows with numbers as numbers: 0.000000 and 0 are the same value. */
  async function rowsOf(table: string): Promise<unknown[]> {
    const rows = (await db.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`)) as Record<string, unknown>[];
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value,
        ]),
      ),
    );
  }

  it('builds once per build and records it', async () => {
    const built = await db.dataSource.transaction((manager) => FactMaintenance.ensureBuilt(manager));
    const again = await db.dataSource.transaction((manager) => FactMaintenance.ensureBuilt(manager));
    expect([built, again]).toEqual([true, false]);
    expect(await db.dataSource.query('SELECT build FROM fact_build')).toEqual([{ build: FACT_BUILD }]);
    expect(await rowsOf('fact_model_month')).toHaveLength(2);
  });

  it('changes the rollups by exactly what a touched deal adds and no longer adds', async () => {
    await rebuildFacts(db.dataSource);
    await db.dataSource.transaction(async (manager) => {
      await FactMaintenance.beginChange(manager, `SELECT 'D1' AS deal_id UNION ALL SELECT 'D2'`);
      // D1 moves to rep B and its WON to April; D2's LOST event becomes D1's ONBOARDED event
      await manager.query(`
        UPDATE deal SET rep_id = 'B', amount = 1200 WHERE deal_id = 'D1';
        UPDATE stage_event SET occurred_at = '2026-04-10T00:00:00Z' WHERE event_id = 'E1';
        UPDATE stage_event SET deal_id = 'D1', stage = 'ONBOARDED', occurred_at = '2026-04-12T00:00:00Z' WHERE event_id = 'E2';`);
      await FactMaintenance.completeChange(manager);
    });
    const maintained = await Promise.all(['fact_rep_day', 'fact_rep_month', 'fact_model_day'].map(rowsOf));
    await rebuildFacts(db.dataSource);
    const rebuilt = await Promise.all(['fact_rep_day', 'fact_rep_month', 'fact_model_day'].map(rowsOf));
    expect(maintained).toEqual(rebuilt);
    const repA = (await db.dataSource.query(`SELECT count(*)::int AS n FROM fact_rep_day WHERE rep_id = 'A'`)) as {
      n: number;
    }[];
    // Rep A contributes nothing any more: its rows are gone, not left at zero.
    expect(repA).toEqual([{ n: 0 }]);
  });

  it.each([
    ['an odd count', [5, 1, 9, 3, 7]],
    ['an even count, interpolated', [10, 20, 30, 40]],
    ['ties across the middle', [2, 2, 2, 2, 8]],
    ['values spread over many buckets', Array.from({ length: 57 }, (_, index) => (index * 37.3) % 1999)],
    ['decimals near a bucket edge', [0, 0.1, 0.5, 1, 1.0001, 1.5, 2.25]],
  ])('takes the company median from the buckets as percentile_cont does: %s', async (_name, minutes) => {
    await db.dataSource.query(responses(minutes));
    await rebuildFacts(db.dataSource);
    const [expected] = (await db.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (response_minutes / 60)::float8) AS median FROM interaction`,
    )) as { median: number }[];
    const read = (path: 'rollup' | 'raw') =>
      db.dataSource.transaction((manager) => new FactReader(path).read(manager, MARCH));
    const [rollup, raw] = await Promise.all([read('rollup'), read('raw')]);
    expect(rollup.interaction?.[0].median_response_hours).toBe(expected.median);
    expect(raw.interaction?.[0].median_response_hours).toBe(expected.median);
  });
});
