import { HeavyQueryGate } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { FactQuery } from './fact-families';
import { FactReader } from './fact-reader';
import { FactMaintenance, rebuildFacts } from './rollup/fact-maintenance';

const FACTS = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1');
  INSERT INTO deal VALUES
    ('D1', 'CONSUMER_LOANS', 'A', 'C1', '2026-03-01T10:00:00Z', 1000.00, NULL, NULL),
    ('D2', 'CONSUMER_LOANS', 'A', 'C2', '2026-03-02T10:00:00Z', 500.00, NULL, NULL);
  INSERT INTO stage_event VALUES
    ('E1', 'D1', 'WON', '2026-03-05T10:00:00Z', NULL),
    ('E2', 'D2', 'OPPORTUNITY', '2026-04-20T00:00:00Z', NULL);`;

const MARCH: FactQuery = {
  periods: [{ from: '2026-03-01', to: '2026-04-01' }],
  asOf: new Date('2026-06-01T00:00:00Z'),
  businessModels: ['CONSUMER_LOANS'],
  repIds: null,
  groups: null,
  families: ['deal', 'stage'],
};

describe('FactReader caching', () => {
  let db: TestDatabase;
  let reader: FactReader;
  let computations: number;

  beforeEach(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(FACTS);
    await rebuildFacts(db.dataSource);
    reader = new FactReader('rollup', new HeavyQueryGate({ concurrency: 1, queue: 100 }));
    computations = 0;
    const read = reader.read.bind(reader);
    jest.spyOn(reader, 'read').mockImplementation((runner, query) => {
      computations++;
      return read(runner, query);
    });
  });

  afterEach(async () => {
    await db.drop();
  });

  const wonIn = async (query: FactQuery) => (await reader.rows(db.dataSource, query)).stage?.[0]?.won_amount;

  it('answers an unchanged read from the cache, and never a changed fact from it', async () => {
    expect(await wonIn(MARCH)).toBe(1000);
    expect(await wonIn(MARCH)).toBe(1000);
    expect(computations).toBe(1);

    // A change of the facts as the importer makes it: D1's amount, in one transaction.
    await db.dataSource.transaction(async (manager) => {
      await FactMaintenance.beginChange(manager, `SELECT 'D1' AS deal_id`);
      await manager.query(`UPDATE deal SET amount = 1234.50 WHERE deal_id = 'D1'`);
      await FactMaintenance.completeChange(manager);
    });
    expect(await wonIn(MARCH)).toBe(1234.5);
    expect(computations).toBe(2);
  });

  it('shares one entry among every asOf after the latest fact, and keeps an earlier asOf apart', async () => {
    const converted = async (asOf: string) =>
      (await reader.rows(db.dataSource, { ...MARCH, asOf: new Date(asOf) })).deal?.[0]?.converted;
    // D2's OPPORTUNITY (2026-04-20) is the latest fact: before it D2 has not converted yet.
    expect(await converted('2026-05-01T00:00:00Z')).toBe(1);
    expect(await converted('2027-01-01T00:00:00Z')).toBe(1);
    expect(computations).toBe(1);
    expect(await converted('2026-04-19T23:59:59Z')).toBe(0);
    expect(computations).toBe(2);
    // At the latest fact's own instant nothing lies after asOf any more: the shared entry answers.
    expect(await converted('2026-04-20T00:00:00Z')).toBe(1);
    expect(computations).toBe(2);
  });

  it('computes identical reads that miss at the same time once', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => wonIn(MARCH)));
    expect(answers).toEqual(Array.from({ length: 20 }, () => 1000));
    expect(computations).toBe(1);
  });

  it('never caches the raw path', async () => {
    const raw = new FactReader('raw');
    const first = await raw.rows(db.dataSource, MARCH);
    await db.dataSource.query(`UPDATE deal SET amount = 10 WHERE deal_id = 'D1'`);
    const second = await raw.rows(db.dataSource, MARCH);
    expect([first.stage?.[0].won_amount, second.stage?.[0].won_amount]).toEqual([1000, 10]);
  });
});
