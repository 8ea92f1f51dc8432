import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import type { PoolClient } from 'pg';
import { fileRank, loadableFiles } from '../bundle/bundle-contents';
import type { BundleFile } from '../bundle/bundle-file';
import { BundleImporter } from '../bundle-importer';
import { IssueLog } from '../import-issue';
import { ImportPhases } from '../import-phases';
import { clearImportedTables, snapshotImportedTables } from '../testing/database-state';
import { memoryBundle } from '../testing/memory-bundle';
import { SAMPLE_FILES, SAMPLE_ROWS } from '../testing/sample-bundle';
import { sampleAppending, sampleReplacing } from '../testing/sample-variants';
import { DirectLoadAbandoned, isBundleDataError, loadDirectly } from './direct-load';

describe('a first import loaded straight into the tables', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    await clearImportedTables(db.dataSource);
  });

  /** loadDirectly in a transaction that is rolled back: what it threw, or 'loaded'. */
  async function outcomeOf(files: BundleFile[]): Promise<unknown> {
    const queryRunner = db.dataSource.createQueryRunner();
    const client = (await queryRunner.connect()) as PoolClient;
    await queryRunner.startTransaction();
    try {
      await loadDirectly(queryRunner, client, loadableFiles(files, new IssueLog(fileRank)), new ImportPhases());
      return 'loaded';
    } catch (error) {
      return error;
    } finally {
      await queryRunner.rollbackTransaction();
      await queryRunner.release();
    }
  }

  it('writes exactly what the staged import would: re-importing the bundle the staged way finds every row unchanged', async () => {
    const importer = new BundleImporter(db.dataSource);

    const first = await importer.importBundle(memoryBundle(SAMPLE_FILES));
    const again = await importer.importBundle(memoryBundle(SAMPLE_FILES));

    expect(first.ok && first.phases.map((phase) => phase.name)).toEqual(
      expect.arrayContaining([
        'read, check and COPY deals.csv into deal',
        'read, check and COPY feedback.csv into feedback',
        'indexes, unique constraints and foreign keys of stage_event',
        'facts: milestones of every deal',
        'stage rules over the loaded rows',
        'facts: built from all deals',
      ]),
    );
    expect(first.ok && first.files.map((file) => [file.file, file.inserted])).toEqual(Object.entries(SAMPLE_ROWS));
    expect(again.ok && again.phases.map((phase) => phase.name)).toContain('read, check and COPY deals.csv');
    expect(again.ok && again.files.map((file) => [file.file, file.unchanged])).toEqual(Object.entries(SAMPLE_ROWS));
  });

  it.each([
    ['a row issue, as the file is read', sampleReplacing('deals.csv', '5000,,', '-5,,'), 'abandoned'],
    [
      'a repeated event id, by the primary key',
      sampleAppending('stage_events.csv', 'E1,D3,WON,2026-02-01T00:00:00Z,'),
      'data error',
    ],
    [
      'a second event of one stage, by the unique constraint',
      sampleAppending('stage_events.csv', 'E8,D1,WON,2026-02-02T00:00:00Z,'),
      'data error',
    ],
    [
      'an event of an unknown deal, by the foreign key',
      sampleAppending('stage_events.csv', 'E8,D9,WON,2026-02-02T00:00:00Z,'),
      'data error',
    ],
    [
      'a deal of an unknown rep, by the foreign key',
      sampleReplacing('deals.csv', 'D3,CONSUMER_LOANS,U3', 'D3,CONSUMER_LOANS,U9'),
      'data error',
    ],
    [
      'an event before its deal was created, by the stage rules',
      sampleAppending('stage_events.csv', 'E8,D3,OPPORTUNITY,2026-01-01T00:00:00Z,'),
      'abandoned',
    ],
    [
      'an event after LOST, by the stage rules',
      sampleAppending('stage_events.csv', 'E8,D2,OPPORTUNITY,2026-01-21T00:00:00Z,'),
      'abandoned',
    ],
    [
      'a repeated region id, by the checks of the staged files',
      sampleAppending('regions.csv', 'R1,North again'),
      'abandoned',
    ],
  ])('gives up on %s, and the importer reports it the staged way', async (_case, files, how) => {
    const before = await snapshotImportedTables(db.dataSource);

    const outcome = await outcomeOf(files);
    const result = await new BundleImporter(db.dataSource).importBundle(files);

    expect(how === 'abandoned' ? outcome instanceof DirectLoadAbandoned : isBundleDataError(outcome)).toBe(true);
    expect(result).toMatchObject({ ok: false, issueCount: 1 });
    expect(await snapshotImportedTables(db.dataSource)).toEqual(before);
  });

  it('loads a valid bundle', async () => {
    expect(await outcomeOf(memoryBundle(SAMPLE_FILES))).toBe('loaded');
  });
});
