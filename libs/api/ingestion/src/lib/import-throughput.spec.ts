import type { PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { BundleImporter, type ImportResult } from './bundle-importer';
import { formatIssue, importIssue } from './import-issue';
import { fileSpecByName } from './schema/bundle-schema';
import { stageFile } from './staging/stage-file';
import { createStagingTablesSql } from './staging/staging-tables';
import { countRows } from './testing/database-state';
import { generatedBundleFiles } from './testing/generated-bundle';
import { memoryBundle } from './testing/memory-bundle';

const DEALS = 25_000;
const FACT_ROWS = DEALS * 8;

function rate(rows: number, ms: number): string {
  return `${rows} fact rows in ${Math.round(ms)} ms = ${Math.round(rows / (ms / 1000))} rows/s`;
}

function durationOf(result: ImportResult): number {
  if (!result.ok) {
    throw new Error(`import failed with ${result.issueCount} issues`);
  }
  return result.durationMs;
}

// Prints the figures to quote; asserts only that the work completes correctly.
describe('import throughput', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  }, 60_000);

  afterAll(async () => {
    await db.drop();
  });

  it(`parses, checks and COPYs ${FACT_ROWS} generated fact rows into staging`, async () => {
    const files = memoryBundle(generatedBundleFiles(DEALS));
    const queryRunner = db.dataSource.createQueryRunner();
    const client = (await queryRunner.connect()) as PoolClient;
    await queryRunner.startTransaction();
    try {
      await queryRunner.query(createStagingTablesSql());
      const started = performance.now();
      let staged = 0;
      const issues: string[] = [];
      for (const file of files) {
        const spec = fileSpecByName(file.name);
        if (spec) {
          staged += await stageFile(client, spec, file, (line, column, ...message) => {
            issues.push(formatIssue(importIssue(file.name, line, column, ...message)));
          });
        }
      }
      const ms = performance.now() - started;

      expect(issues).toEqual([]);
      expect(staged).toBe(FACT_ROWS + 52);
      console.log(`staging (parse + field checks + COPY): ${rate(FACT_ROWS, ms)}`);
    } finally {
      await queryRunner.rollbackTransaction();
      await queryRunner.release();
    }
  }, 120_000);

  it(`imports ${FACT_ROWS} generated fact rows end to end, then re-imports them`, async () => {
    const files = memoryBundle(generatedBundleFiles(DEALS));
    const importer = new BundleImporter(db.dataSource);

    const first = durationOf(await importer.importBundle(files));
    const again = durationOf(await importer.importBundle(files));

    expect(await countRows(db.dataSource, 'stage_event')).toBe(DEALS * 4);
    console.log(
      `first import (all inserted): ${rate(FACT_ROWS, first)}\nre-import (all unchanged): ${rate(FACT_ROWS, again)}`,
    );
  }, 120_000);
});
