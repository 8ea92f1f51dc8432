import { withIndexesSetAside } from '@salesdash/api/platform';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { DataSource } from 'typeorm';
import { BundleImporter, type ImportResult } from '../bundle-importer';
import { clearImportedTables, countRows } from '../testing/database-state';
import { generatedBundleFiles } from '../testing/generated-bundle';
import { memoryBundle } from '../testing/memory-bundle';

/** Every index and constraint of the schema with its full definition. */
async function catalogue(dataSource: DataSource): Promise<string[]> {
  const rows: { entry: string }[] = await dataSource.query(`
    SELECT tablename || ' ' || indexdef AS entry FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace
    ORDER BY 1`);
  return rows.map((row) => row.entry);
}

function rebuiltTables(result: ImportResult): string[] {
  if (!result.ok) {
    throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  }
  return result.phases.filter((phase) => phase.name.endsWith('(indexes rebuilt)')).map((phase) => phase.name);
}

describe('bulk writes: indexes and constraints set aside and rebuilt', () => {
  let db: TestDatabase;
  let schema: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await catalogue(db.dataSource);
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
  });

  it('a first import rebuilds the indexes and constraints of the tables it loads exactly as the migrations made them', async () => {
    const first = await new BundleImporter(db.dataSource).importBundle(memoryBundle(generatedBundleFiles(10_000)));

    expect(first.ok && first.phases.map((phase) => phase.name)).toEqual(
      expect.arrayContaining(
        ['deal', 'stage_event', 'interaction', 'feedback'].map(
          (table) => `indexes, unique constraints and foreign keys of ${table}`,
        ),
      ),
    );
    expect(await catalogue(db.dataSource)).toEqual(schema);
    expect(await countRows(db.dataSource, 'stage_event')).toBe(40_000);
  }, 120_000);

  it('a bulk write into tables that hold rows rebuilds every index and constraint exactly as the migrations made them', async () => {
    const importer = new BundleImporter(db.dataSource);
    await importer.importBundle(memoryBundle(generatedBundleFiles(100)));

    const bulk = await importer.importBundle(memoryBundle(generatedBundleFiles(10_000)));

    expect(rebuiltTables(bulk)).toEqual([
      'write deals.csv (indexes rebuilt)',
      'write stage_events.csv (indexes rebuilt)',
      'write interactions.csv (indexes rebuilt)',
      'write feedback.csv (indexes rebuilt)',
    ]);
    expect(await catalogue(db.dataSource)).toEqual(schema);
    expect(await countRows(db.dataSource, 'stage_event')).toBe(40_000);
  }, 120_000);

  it('re-importing what is stored, or adding less than the table holds, maintains the indexes row by row', async () => {
    const importer = new BundleImporter(db.dataSource);
    await importer.importBundle(memoryBundle(generatedBundleFiles(10_000)));

    const again = await importer.importBundle(memoryBundle(generatedBundleFiles(12_000)));

    expect(rebuiltTables(again)).toEqual([]);
    expect(await countRows(db.dataSource, 'deal')).toBe(12_000);
  }, 120_000);

  it('a bulk write whose rows break a constraint fails and leaves rows, indexes and constraints as they were', async () => {
    await new BundleImporter(db.dataSource).importBundle(memoryBundle(generatedBundleFiles(100)));

    const orphanEvent = db.dataSource.transaction((manager) =>
      withIndexesSetAside(manager, 'stage_event', () =>
        manager.query(
          `INSERT INTO stage_event (event_id, deal_id, stage, occurred_at) VALUES ('E-orphan', 'no such deal', 'WON', now())`,
        ),
      ),
    );

    await expect(orphanEvent).rejects.toThrow(/stage_event_deal_id_fkey/);
    expect(await countRows(db.dataSource, 'stage_event')).toBe(400);
    expect(await catalogue(db.dataSource)).toEqual(schema);
  }, 60_000);

  it('every deferrable constraint is initially deferred, which restoring the modes after the deferred checks relies on', async () => {
    const immediate: { conname: string }[] = await db.dataSource.query(
      `SELECT conname FROM pg_constraint WHERE condeferrable AND NOT condeferred`,
    );

    expect(immediate).toEqual([]);
  });
});
