import { Injectable } from '@nestjs/common';
import type { SqlRunner } from '@salesdash/api/platform';
import type { PoolClient } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { type LoadableFile, fileRank, loadableFiles } from './bundle/bundle-contents';
import type { BundleFile } from './bundle/bundle-file';
import { runChecks } from './checks/run-checks';
import { type ImportIssue, IssueLog } from './import-issue';
import { stageFile } from './staging/stage-file';
import { analyzeStagingTablesSql, createStagingTablesSql } from './staging/staging-tables';
import { BUNDLE_FILES } from './schema/bundle-schema';
import { type UpsertCounts, upsertAll } from './staging/upsert';

export interface FileReport {
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportResult =
  | { ok: true; files: FileReport[]; rows: number; durationMs: number }
  | {
      ok: false;
      /** Sorted by file (KPI-SPEC §3 order), then line; at most MAX_REPORTED_ISSUES. */
      issues: ImportIssue[];
      /** All issues found. */
      issueCount: number;
    };

export interface ImportOptions {
  /**
   * Runs inside the import's transaction once every row is upserted, just before the commit: what it
   * writes (an audit entry) commits with the import, and when it fails the import rolls back.
   */
  readonly beforeCommit?: (transaction: SqlRunner, files: readonly FileReport[]) => Promise<void>;
}

// Any constant works: it only has to be the same for every import.
const IMPORT_LOCK_KEY = 7_301_734;

/**
 * Serialises imports, and sizes the transaction's planner and memory for bulk checks: hash joins
 * and aggregates instead of sorts (sorting text under a libc collation is slow), and a quick
 * ANALYZE of the staging tables (PostgreSQL never analyses temporary tables on its own).
 */
const START_IMPORT_SQL = `
  SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY});
  SET LOCAL work_mem = '32MB';
  SET LOCAL default_statistics_target = 10;`;

/**
 * Loads a CSV bundle (KPI-SPEC §3) in one transaction: COPY into temporary staging tables, then
 * set-based checks, then — only when nothing at all is wrong — upserts. Imports run one at a time.
 */
@Injectable()
export class BundleImporter {
  constructor(private readonly dataSource: DataSource) {}

  async importBundle(files: BundleFile[], options: ImportOptions = {}): Promise<ImportResult> {
    const started = performance.now();
    const issues = new IssueLog(fileRank);
    const loadable = loadableFiles(files, issues);
    if (loadable.length === 0) {
      return { ok: false, issues: issues.first(), issueCount: issues.count };
    }
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      const client = (await queryRunner.connect()) as PoolClient;
      await queryRunner.startTransaction();
      await queryRunner.query(START_IMPORT_SQL);
      const rows = await stageAll(queryRunner, client, loadable, issues);
      await runChecks(queryRunner, issues);
      if (issues.count > 0) {
        await queryRunner.rollbackTransaction();
        return { ok: false, issues: issues.first(), issueCount: issues.count };
      }
      const counts = await upsertAll(queryRunner, new Set(rows.keys()));
      const reports = [...rows].map(([file, fileRows]): FileReport => {
        const { inserted, updated } = counts.get(file) ?? { inserted: 0, updated: 0 };
        return { file, rows: fileRows, inserted, updated, unchanged: fileRows - inserted - updated };
      });
      await options.beforeCommit?.(queryRunner, reports);
      await queryRunner.commitTransaction();
      await analyzeChangedTables(queryRunner, counts);
      const total = reports.reduce((sum, report) => sum + report.rows, 0);
      return { ok: true, files: reports, rows: total, durationMs: performance.now() - started };
    } catch (error) {
      if (queryRunner.isTransactionActive) {
        // The original failure is the one worth reporting, not a rollback on a broken connection.
        await queryRunner.rollbackTransaction().catch(() => undefined);
      }
      throw error;
    } finally {
      await queryRunner.release();
    }
  }
}

/**
 * Fresh planner statistics at once, so KPI queries plan for the new volume instead of waiting
 * for autovacuum to notice it.
 */
async function analyzeChangedTables(queryRunner: QueryRunner, counts: Map<string, UpsertCounts>): Promise<void> {
  const changed = BUNDLE_FILES.filter((spec) => {
    const count = counts.get(spec.file);
    return count !== undefined && count.inserted + count.updated > 0;
  });
  if (changed.length > 0) {
    await queryRunner.query(`ANALYZE ${changed.map((spec) => spec.table).join(', ')}`);
  }
}

/** Copies every file into its staging table; answers the row count by file name. */
async function stageAll(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  issues: IssueLog,
): Promise<Map<string, number>> {
  await queryRunner.query(createStagingTablesSql());
  const rows = new Map<string, number>();
  for (const { spec, file } of loadable) {
    rows.set(spec.file, await stageFile(client, spec, file, issues.reporterFor(spec.file)));
  }
  await queryRunner.query(analyzeStagingTablesSql());
  return rows;
}
