import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { FactMaintenance } from '@salesdash/api/facts';
import { ADVISORY_LOCKS, isTableEmpty, lockUntilCommit, recordAudit } from '@salesdash/api/platform';
import type { PoolClient } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { type LoadableFile, fileRank, loadableFiles } from './bundle/bundle-contents';
import type { BundleFile } from './bundle/bundle-file';
import { runChecks } from './checks/run-checks';
import { DirectLoadAbandoned, isBundleDataError, type LoadedBundle, loadDirectly } from './direct/direct-load';
import { analyzeFactTables, updateFacts } from './facts-update';
import { type ImportIssue, IssueLog } from './import-issue';
import { type ImportPhase, ImportPhases } from './import-phases';
import { stageAll } from './staging/stage-file';
import { TOUCHED_DEALS_SQL } from './staging/touched-deals';
import { upsertAll } from './staging/upsert';

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
 * changed by what the written rows of the touched deals add and no longer add. Into a database that
 * holds no deal yet, the deals' files are first loaded straight into their tables (`loadDirectly`);
 * when that finds anything wrong it is rolled back and the staged import runs instead, to report it.
 * Imports run one at a time. Every import is audited here, whoever starts it: `import.bundle` with the
 * counts per file in the import's own transaction (an entry that cannot be written rolls the import
 * back), or `import.rejected` with the file names and the error count once nothing was written.
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
    const phases = new ImportPhases();
    const audit = { actorUserId, importId };
    let outcome = await this.inImportTransaction(phases, audit, async (queryRunner, client) =>
      issues.count === 0 && (await isTableEmpty(queryRunner, 'deal'))
        ? loadDirectlyUnlessAbandoned(queryRunner, client, loadable, phases)
        : loadStaged(queryRunner, client, loadable, issues, phases),
    );
    if (outcome === 'abandoned') {
      outcome = await this.inImportTransaction(phases, audit, (queryRunner, client) =>
        loadStaged(queryRunner, client, loadable, issues, phases),
      );
    }
    return typeof outcome === 'object'
      ? succeeded(outcome, started, phases)
      : this.rejected(files, issues, actorUserId, importId);
  }

  /**
   * Runs one way of loading in a transaction that holds the import lock: commits and audits what it
   * loaded, or rolls back when it did not load the bundle.
   */
  private async inImportTransaction(
    phases: ImportPhases,
    audit: { actorUserId: string | null; importId: string },
    load: (queryRunner: QueryRunner, client: PoolClient) => Promise<LoadOutcome>,
  ): Promise<LoadOutcome> {
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      const client = (await queryRunner.connect()) as PoolClient;
      await queryRunner.startTransaction();
      await queryRunner.query(SIZE_IMPORT_TRANSACTION_SQL);
      await phases.time('wait for other imports', () => lockUntilCommit(queryRunner, ADVISORY_LOCKS.IMPORT));
      const loaded = await load(queryRunner, client);
      if (typeof loaded !== 'object') {
        await queryRunner.rollbackTransaction();
        return loaded;
      }
      await recordAudit(queryRunner, {
        actorUserId: audit.actorUserId,
        action: 'import.bundle',
        entityType: AUDIT_ENTITY,
        entityId: audit.importId,
        after: { files: reportsOf(loaded) },
      });
      await phases.time('commit', () => queryRunner.commitTransaction());
      if (!loaded.factsRebuilt) {
        await phases.time('planner statistics of the facts layer', () => analyzeFactTables(queryRunner, loaded.counts));
      }
      return loaded;
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

function reportsOf({ rows, counts }: LoadedBundle): FileReport[] {
  return [...rows].map(([file, fileRows]): FileReport => {
    const { inserted, updated } = counts.get(file) ?? { inserted: 0, updated: 0 };
    return { file, rows: fileRows, inserted, updated, unchanged: fileRows - inserted - updated };
  });
}

function succeeded(loaded: LoadedBundle, started: number, phases: ImportPhases): ImportResult {
  const files = reportsOf(loaded);
  const rows = files.reduce((sum, report) => sum + report.rows, 0);
  return { ok: true, files, rows, durationMs: performance.now() - started, phases: phases.list() };
}

/**
 * What one way of loading did: loaded the bundle, found issues (they are in the import's `IssueLog`),
 * or gave up on a direct load because the bundle has issues it does not locate.
 */
type LoadOutcome = LoadedBundle | 'rejected' | 'abandoned';

async function loadDirectlyUnlessAbandoned(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  phases: ImportPhases,
): Promise<LoadOutcome> {
  try {
    return await loadDirectly(queryRunner, client, loadable, phases);
  } catch (error) {
    if (error instanceof DirectLoadAbandoned || isBundleDataError(error)) {
      return 'abandoned';
    }
    throw error;
  }
}

/**
 * The staged import: every file into its staging table, all checks, and only when nothing at all is
 * wrong the upserts and the facts layer's change.
 */
async function loadStaged(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  issues: IssueLog,
  phases: ImportPhases,
): Promise<LoadOutcome> {
  const rows = await stageAll(queryRunner, client, loadable, (file) => issues.reporterFor(file), phases);
  const firstImport = await isTableEmpty(queryRunner, 'deal');
  await phases.time('checks', () => runChecks(queryRunner, issues, !firstImport));
  if (issues.count > 0) {
    return 'rejected';
  }
  if (!firstImport) {
    await phases.time('facts: build if needed', () => FactMaintenance.ensureBuilt(queryRunner));
    await phases.time('facts: what touched deals added', () =>
      FactMaintenance.beginChange(queryRunner, TOUCHED_DEALS_SQL),
    );
  }
  const counts = await upsertAll(queryRunner, rows, phases);
  await updateFacts(queryRunner, counts, firstImport, phases);
  return { rows, counts, factsRebuilt: firstImport };
}
