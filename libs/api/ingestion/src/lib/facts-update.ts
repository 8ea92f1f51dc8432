import { FACT_TABLES, FactMaintenance } from '@salesdash/api/facts';
import type { QueryRunner } from 'typeorm';
import type { ImportPhases } from './import-phases';
import { BUNDLE_FILES } from './schema/bundle-schema';
import { DEAL_TABLES } from './staging/touched-deals';
import type { UpsertCounts } from './staging/upsert';

/** The phase that builds the facts layer from all deals. */
export const FACTS_REBUILD_PHASE = 'facts: built from all deals';

/**
 * After the writes: fresh statistics, then the facts layer's change — built from all deals into a
 * database that held none (every deal is touched: the same result without the bookkeeping).
 */
export async function updateFacts(
  queryRunner: QueryRunner,
  counts: Map<string, UpsertCounts>,
  firstImport: boolean,
  phases: ImportPhases,
): Promise<void> {
  await refreshStatistics(queryRunner, counts, phases);
  await phases.time(firstImport ? FACTS_REBUILD_PHASE : 'facts: what they add now, rollups', () =>
    firstImport ? FactMaintenance.rebuild(queryRunner) : FactMaintenance.completeChange(queryRunner),
  );
}

/** Fresh planner statistics of the tables an import wrote, as a phase of it. */
export async function refreshStatistics(
  queryRunner: QueryRunner,
  counts: Map<string, UpsertCounts>,
  phases: ImportPhases,
): Promise<void> {
  await phases.time('planner statistics of the written tables', () => analyzeWrittenTables(queryRunner, counts));
}

function writtenTables(counts: Map<string, UpsertCounts>): string[] {
  return BUNDLE_FILES.filter((spec) => {
    const count = counts.get(spec.file);
    return count !== undefined && count.inserted + count.updated > 0;
  }).map((spec) => spec.table);
}

/**
 * Fresh planner statistics of the written tables at once, in the import's transaction: the facts
 * layer's statements after the writes plan with them, and KPI queries see them from the commit on
 * instead of waiting for autovacuum to notice the new volume.
 */
async function analyzeWrittenTables(queryRunner: QueryRunner, counts: Map<string, UpsertCounts>): Promise<void> {
  const tables = writtenTables(counts);
  if (tables.length > 0) {
    // at the server's detail, not the staging tables' coarse one
    await queryRunner.query(`SET LOCAL default_statistics_target TO DEFAULT; ANALYZE ${tables.join(', ')}`);
  }
}

/** The facts layer's statistics, after the commit (the rollups only change when facts did). */
export async function analyzeFactTables(queryRunner: QueryRunner, counts: Map<string, UpsertCounts>): Promise<void> {
  if (writtenTables(counts).some((table) => DEAL_TABLES.includes(table))) {
    await queryRunner.query(`ANALYZE ${FACT_TABLES.join(', ')}`);
  }
}
