import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FACT_TABLES, FactMaintenance } from '@salesdash/api/facts';
import { ADVISORY_LOCKS, isTableEmpty, lockUntilCommit, recordAudit } from '@salesdash/api/platform';
import type { PoolClient } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { type LoadableFile, fileRank, loadableFiles } from './bundle/bundle-contents';
import type { BundleFile } from './bundle/bundle-file';
import { runChecks } from './checks/run-checks';
import { type ImportIssue, IssueLog } from './import-issue';
import { type ImportPhase, ImportPhases } from './import-phases';
import { stageFile } from './staging/stage-file';
import { analyzeStagingTablesSql, createStagingTablesSql } from './staging/staging-tables';
import { BUNDLE_FILES } from './schema/bundle-schema';
import { DEAL_TABLES, TOUCHED_DEALS_SQL } from './staging/touched-deals';
import { type UpsertCounts, upsertAll } from './staging/upsert';

export interface FileReport {
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export type ImportResult =
  | { ok: true; files: FileReport[]; rows: number; durationMs: number; phases: ImportPhase[] }
  | {
      ok: false;
      /** Sorted by file (docs/import.md#files order), then line; at most MAX_REPORTED_ISSUES. */
      issues: ImportIssue[];
      /** All issues found. */
      issueCount: number;
    };

export interface ImportOptions {
  /** Who imports, for the audit log: the uploading user; null or absent for the system (CLI, demo data). */
  readonly actorUserId?: string | null;
}

const AUDIT_ENTITY = 'import';

/**
 * Sizes the transaction's planner and memory for bulk checks: hash joins and aggregates instead of
 * sorts (sorting text under a libc collation is slow), memory to rebuild set-aside indexes in, and a
 * quick ANALYZE of the staging tables (PostgreSQL never analyses temporary tables on its own). The server's statement timeout bounds
 * interactive reads; a load runs as long as its bundle needs, and waits its turn behind another import.
 */
const SIZE_IMPORT_TRANSACTION_SQL = `
  SET LOCAL statement_timeout = 0;
  SET LOCAL work_mem = '32MB';
  SET LOCAL maintenance_work_mem = '256MB';
  SET LOCAL default_statistics_target = 10;`;

/**
 * Loads a CSV bundle (docs/import.md) in one transaction: COPY into temporary staging tables, then
 * set-based checks, then — only when nothing at all is wrong — upserts, and the facts layer's rollups
 * changed by what the written rows of the touched deals add and no longer add. Imports run one at a time.
 * Every import is audited here, whoever starts it: `import.bundle` with the counts per file in the
 * import's own transaction (an entry that cannot be written rolls the import back), or
 * `import.rejected` with the file names and the error count once nothing was written.
 */
@Injectable()
export class BundleImporter {
  constructor(private readonly dataSource: DataSource) {}

  async importBundle(files: BundleFile[], options: ImportOptions = {}): Promise<ImportResult> {
    const started = performance.now();
    const actorUserId = options.actorUserId ?? null;
    const importId = randomUUID();
    const issues = new IssueLog(fileRank);
    const loadable = loadableFiles(files, issues);
    if (loadable.length === 0) {
      return this.rejected(files, issues, actorUserId, importId);
    }
    const queryRunner = this.dataSource.createQueryRunner();
    const phases = new ImportPhases();
    try {
      const client = (await queryRunner.connect()) as PoolClient;
      await queryRunner.startTransaction();
      await queryRunner.query(SIZE_IMPORT_TRANSACTION_SQL);
      await phases.time('wait for other imports', () => lockUntilCommit(queryRunner, ADVISORY_LOCKS.IMPORT));
      const rows = await stageAll(queryRunner, client, loadable, issues, phases);
      const firstImport = await isTableEmpty(queryRunner, 'deal');
      await phases.time('checks', () => runChecks(queryRunner, issues, !firstImport));
      if (issues.count > 0) {
        await queryRunner.rollbackTransaction();
        return this.rejected(files, issues, actorUserId, importId);
      }
      if (!firstImport) {
        await phases.time('facts: build if needed', () => FactMaintenance.ensureBuilt(queryRunner));
        await phases.time('facts: what touched deals added', () =>
          FactMaintenance.beginChange(queryRunner, TOUCHED_DEALS_SQL),
        );
      }
      const counts = await upsertAll(queryRunner, rows, phases);
      await phases.time('planner statistics of the written tables', () => analyzeWrittenTables(queryRunner, counts));
      // Into an empty database every deal is touched: building the facts layer from all of them is the same change, without the bookkeeping.
      await phases.time(firstImport ? 'facts: built from all deals' : 'facts: what they add now, rollups', () =>
        firstImport ? FactMaintenance.rebuild(queryRunner) : FactMaintenance.completeChange(queryRunner),
      );
      const reports = [...rows].map(([file, fileRows]): FileReport => {
        const { inserted, updated } = counts.get(file) ?? { inserted: 0, updated: 0 };
        return { file, rows: fileRows, inserted, updated, unchanged: fileRows - inserted - updated };
      });
      await recordAudit(queryRunner, {
        actorUserId,
        action: 'import.bundle',
        entityType: AUDIT_ENTITY,
        entityId: importId,
        after: { files: reports },
      });
      await phases.time('commit', () => queryRunner.commitTransaction());
      await phases.time('planner statistics of the facts layer', () => analyzeFactTables(queryRunner, counts));
      const total = reports.reduce((sum, report) => sum + report.rows, 0);
      return { ok: true, files: reports, rows: total, durationMs: performance.now() - started, phases: phases.list() };
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

  /** A rejected import wrote nothing, so its entry is a single INSERT: a transaction of its own. */
  private async rejected(
    files: readonly BundleFile[],
    issues: IssueLog,
    actorUserId: string | null,
    importId: string,
  ): Promise<ImportResult> {
    await recordAudit(this.dataSource, {
      actorUserId,
      action: 'import.rejected',
      entityType: AUDIT_ENTITY,
      entityId: importId,
      after: { files: files.map((file) => file.name), errorCount: issues.count },
    });
    return { ok: false, issues: issues.first(), issueCount: issues.count };
  }
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
async function analyzeFactTables(queryRunner: QueryRunner, counts: Map<string, UpsertCounts>): Promise<void> {
  if (writtenTables(counts).some((table) => DEAL_TABLES.includes(table))) {
    await queryRunner.query(`ANALYZE ${FACT_TABLES.join(', ')}`);
  }
}

/** Copies every file into its staging table; answers the row count by file name. */
async function stageAll(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  issues: IssueLog,
  phases: ImportPhases,
): Promise<Map<string, number>> {
  await queryRunner.query(createStagingTablesSql());
  const rows = new Map<string, number>();
  for (const { spec, file } of loadable) {
    const staged = await phases.time(`read, check and COPY ${spec.file}`, () =>
      stageFile(client, spec, file, issues.reporterFor(spec.file)),
    );
    rows.set(spec.file, staged);
  }
  await phases.time('staging statistics', () => queryRunner.query(analyzeStagingTablesSql()));
  return rows;
}
