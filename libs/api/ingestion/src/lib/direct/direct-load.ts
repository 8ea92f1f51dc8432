import { FactMaintenance } from '@salesdash/api/facts';
import { setIndexesAside } from '@salesdash/api/platform';
import type { PoolClient } from 'pg';
import type { QueryRunner } from 'typeorm';
import { fileRank, type LoadableFile } from '../bundle/bundle-contents';
import { runChecks } from '../checks/run-checks';
import { MILESTONES_BREAK_A_STAGE_RULE_SQL } from '../checks/stage-rules';
import { IssueLog, type IssueReporter } from '../import-issue';
import type { ImportPhases } from '../import-phases';
import { FACTS_REBUILD_PHASE, refreshStatistics } from '../facts-update';
import { stageAll, stageFile } from '../staging/stage-file';
import { DEAL_TABLES } from '../staging/touched-deals';
import { type UpsertCounts, upsertAll } from '../staging/upsert';

/**
 * The bundle has an issue the direct load does not locate: the staged import, which reports every
 * issue with its file and line, takes over in a new transaction.
 */
export class DirectLoadAbandoned extends Error {
  constructor(reason: string) {
    super(`direct load abandoned: ${reason}`);
    this.name = 'DirectLoadAbandoned';
  }
}

const abandonOnIssue: IssueReporter = (line, column, ...[code]) => {
  throw new DirectLoadAbandoned(`${code} at line ${line}, ${column}`);
};

/**
 * PostgreSQL's integrity (class 23: a duplicate key, a missing reference, a broken check) and data
 * (class 22) errors: rows the direct load wrote against the tables' own rules. TypeORM wraps them.
 */
export function isBundleDataError(error: unknown): boolean {
  const codeOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'code' in value ? String(value.code) : '';
  const driverError = typeof error === 'object' && error !== null && 'driverError' in error ? error.driverError : error;
  return /^2[23]/.test(codeOf(error) || codeOf(driverError));
}

export interface LoadedBundle {
  /** Rows read, by file name. */
  readonly rows: Map<string, number>;
  readonly counts: Map<string, UpsertCounts>;
  /** Whether the facts layer was built anew from all deals (its statistics included) rather than changed. */
  readonly factsRebuilt: boolean;
}

/**
 * A first import (no deal stored, so no stage event, interaction or feedback either) loads the deals'
 * files straight into their tables — no staging copy, no second write — with their indexes, unique
 * constraints, foreign keys and primary keys set aside; the other files take the staged way as
 * always. The rules are then proven where they are cheapest: row rules while reading (the first issue
 * ends the load), ids and one event per stage by the rebuilt primary keys and unique indexes,
 * references by the rebuilt foreign keys, the other stage rules by one statement over the per-deal
 * milestones the facts layer derives anyway, everything about the small files by the usual checks. Whatever fails throws `DirectLoadAbandoned` or a PostgreSQL data error
 * (`isBundleDataError`), after which the caller rolls back and imports the staged way, which then
 * reports each issue with its file and line; nothing is written either way.
 */
export async function loadDirectly(
  queryRunner: QueryRunner,
  client: PoolClient,
  loadable: readonly LoadableFile[],
  phases: ImportPhases,
): Promise<LoadedBundle> {
  const direct = loadable.filter(({ spec }) => DEAL_TABLES.includes(spec.table));
  const staged = loadable.filter((file) => !direct.includes(file));
  const rows = await stageAll(queryRunner, client, staged, () => abandonOnIssue, phases);
  const stagedRows = new Map(rows);
  // The tables referring to deals first: once their foreign keys are aside, the deal's primary key can wait too.
  const rebuilds: { table: string; rebuild: () => Promise<void> }[] = [];
  for (const { spec } of [...direct].reverse()) {
    const rebuild = await setIndexesAside(queryRunner, spec.table, { primaryKey: true });
    rebuilds.unshift({ table: spec.table, rebuild });
  }
  const counts = new Map<string, UpsertCounts>();
  for (const { spec, file } of direct) {
    const copied = await phases.time(`read, check and COPY ${spec.file} into ${spec.table}`, () =>
      stageFile(client, spec, file, abandonOnIssue, 'table'),
    );
    rows.set(spec.file, copied);
    counts.set(spec.file, { inserted: copied, updated: 0 });
  }
  const issues = new IssueLog(fileRank);
  await phases.time('checks of the staged files', () => runChecks(queryRunner, issues, false));
  if (issues.count > 0) {
    throw new DirectLoadAbandoned(`${issues.count} issues in the staged files`);
  }
  for (const [file, written] of await upsertAll(queryRunner, stagedRows, phases)) {
    counts.set(file, written);
  }
  // Only now that every table is written, deals first: each foreign key is validated once, against all rows.
  for (const { table, rebuild } of rebuilds) {
    await phases.time(`indexes, unique constraints and foreign keys of ${table}`, rebuild);
  }
  await refreshStatistics(queryRunner, counts, phases);
  await phases.time('facts: milestones of every deal', () => FactMaintenance.beginRebuild(queryRunner));
  const [{ broken }] = (await phases.time('stage rules over the loaded rows', () =>
    queryRunner.query(MILESTONES_BREAK_A_STAGE_RULE_SQL),
  )) as { broken: boolean }[];
  if (broken) {
    throw new DirectLoadAbandoned('a stage rule is broken');
  }
  await phases.time(FACTS_REBUILD_PHASE, () => FactMaintenance.completeRebuild(queryRunner));
  // reported in the bundle's file order, as the staged import does
  return {
    rows: new Map(loadable.map(({ spec }) => [spec.file, rows.get(spec.file) ?? 0])),
    counts,
    factsRebuilt: true,
  };
}
