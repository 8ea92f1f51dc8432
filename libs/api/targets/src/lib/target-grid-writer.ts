import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ConflictError,
  fieldIssue,
  ForbiddenError,
  lockTargetGridUntilCommit,
  recordAudits,
  type SqlRunner,
  ValidationError,
  type Viewer,
} from '@salesdash/api/platform';
import { type CodeAndParams, monthPeriod, type Period } from '@salesdash/shared/domain';
import { TargetAccess } from './target-access';
import {
  cellKey,
  type GridKey,
  remaindersOf,
  sameTarget,
  type StoredTargetRow,
  type TargetCell,
  type TargetRemainder,
} from './target-cells';
import { type CheckedSave, checkSave } from './target-grid-input';
import { cellsOf, readGrid, type StoredGrid } from './target-grid-store';
import type { SaveTargetGridInput } from './target-grid.types';

export interface SavedGrid {
  readonly changedCells: number;
  readonly grid: StoredGrid;
}

/** A cell the stored grid no longer shows as the editor loaded it. */
export interface ChangedSince {
  readonly scopeType: string;
  readonly scopeId: string;
  readonly name: string;
  readonly month: string;
  readonly loaded: number | null;
  readonly current: number | null;
  /** Who changed it last in a grid; null when it came in otherwise (a targets.csv import). */
  readonly changedBy: string | null;
  readonly changedAt: string | null;
}

const OVERLAPPING_ROWS_SQL = `
SELECT t.target_id AS "targetId", t.scope_type AS "scopeType", t.scope_id AS "scopeId",
       to_char(t.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(t.period_end, 'YYYY-MM-DD') AS "periodEnd",
       t.value::text AS value
FROM target t
WHERE t.kpi = $1 AND t.business_model = $2
  AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[], $5::date[], $6::date[]) AS c (scope_type, scope_id, month_start, month_end)
              WHERE c.scope_type = t.scope_type AND c.scope_id = t.scope_id
                AND t.period_start < c.month_end AND t.period_end > c.month_start)
ORDER BY t.target_id
FOR UPDATE`;

// Each part's share of its row, computed in numeric so the parts add up to the row exactly.
const INSERT_REMAINDERS_SQL = `
INSERT INTO target (target_id, scope_type, scope_id, business_model, kpi, period_start, period_end, value)
SELECT r.target_id, r.scope_type, r.scope_id, $1, $2, r.period_start, r.period_end,
       r.source_value::numeric * r.days / r.source_days
FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[], $9::int[], $10::int[])
     AS r (target_id, scope_type, scope_id, period_start, period_end, source_value, days, source_days)`;

const INSERT_MONTHS_SQL = `
INSERT INTO target (target_id, scope_type, scope_id, business_model, kpi, period_start, period_end, value)
SELECT c.target_id, c.scope_type, c.scope_id, $1, $2, c.period_start, c.period_end, c.value
FROM unnest($3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::numeric[])
     AS c (target_id, scope_type, scope_id, period_start, period_end, value)`;

// Ids gone for good are kept, so an import cannot bring them back to count twice; ids written again are not.
const RECORD_REPLACED_SQL = `
WITH forgotten AS (DELETE FROM target_replaced WHERE target_id = ANY($2::text[]))
INSERT INTO target_replaced (target_id, replaced_by)
SELECT id, $3 FROM unnest($1::text[]) AS id
ON CONFLICT (target_id) DO UPDATE SET replaced_at = now(), replaced_by = excluded.replaced_by`;

const LAST_GRID_CHANGES_SQL = `
SELECT DISTINCT ON (a.entity_id) a.entity_id AS "cellKey", coalesce(u.display_name, a.actor_user_id) AS "by",
       a.occurred_at AS "at"
FROM audit_log a
LEFT JOIN app_user u ON u.user_id = a.actor_user_id
WHERE a.entity_type = 'target' AND a.entity_id = ANY($1::text[])
ORDER BY a.entity_id, a.audit_id DESC`;

/**
 * Saves a target grid all or nothing: under the grid's lock, every cell the editor loaded must still
 * be what is stored (else CONFLICT naming who changed what, and nothing is written); each changed cell
 * becomes one row for its month — rows that overlapped the month keep their other days as parts of
 * their own — and one audit entry (before → after, reason), in the same transaction.
 */
@Injectable()
export class TargetGridWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targetAccess: TargetAccess,
  ) {}

  async save(viewer: Viewer, input: SaveTargetGridInput): Promise<SavedGrid> {
    if (!this.targetAccess.mayEdit(viewer)) {
      throw new ForbiddenError('ROLE_MAY_NOT_SET_TARGETS', { role: viewer.role });
    }
    const save = checkSave(input);
    return this.dataSource.transaction(async (manager) => {
      await lockTargetGridUntilCommit(manager, `${save.key.teamId}/${save.key.businessModel}/${save.key.kpi}`);
      await this.targetAccess.assertMayOpen(viewer, save.key, manager, 'input');
      await assertModelOpen(manager, save.key.businessModel);
      const stored = await readGrid(manager, save.key, save.months, 'input.teamId');
      await assertUnchangedSinceLoaded(manager, save, stored);
      const changes = effectiveChanges(save, stored);
      await writeCells(
        manager,
        save.key,
        changes.map(({ cell }) => cell),
        viewer.userId,
      );
      await recordAudits(
        manager,
        changes.map(({ cell, before }) => ({
          actorUserId: viewer.userId,
          action: 'target.set',
          entityType: 'target',
          entityId: cellKey(save.key, cell),
          before: { teamId: save.key.teamId, value: before },
          after: { teamId: save.key.teamId, value: cell.value },
          reason: save.reason,
        })),
      );
      return { changedCells: changes.length, grid: await readGrid(manager, save.key, save.months, 'input.teamId') };
    });
  }
}

async function assertModelOpen(runner: SqlRunner, code: string): Promise<void> {
  const [model] = (await runner.query('SELECT retired_at IS NOT NULL AS retired FROM business_model WHERE code = $1', [
    code,
  ])) as { retired: boolean }[];
  if (model?.retired) {
    throw ValidationError.of('input.businessModel', 'BUSINESS_MODEL_RETIRED_FOR_TARGETS', { code });
  }
}

const keyOf = (cell: Pick<TargetCell, 'scopeType' | 'scopeId' | 'month'>) =>
  `${cell.scopeType}:${cell.scopeId}:${cell.month}`;

/**
 * CONFLICT when the grid as stored differs from the grid as loaded: another value in a cell, a rep
 * added to or gone from the team. The error names each changed cell with who changed it last.
 */
async function assertUnchangedSinceLoaded(
  manager: EntityManager,
  save: CheckedSave,
  stored: StoredGrid,
): Promise<void> {
  const loaded = new Map(save.base.map((cell) => [keyOf(cell), cell.value]));
  const current = cellsOf(stored);
  const names = new Map([...stored.reps, stored.team].map((row) => [`${row.scopeType}:${row.scopeId}`, row.name]));
  const changed = current.filter(
    (cell) => !loaded.has(keyOf(cell)) || !sameTarget(loaded.get(keyOf(cell)) ?? null, cell.value),
  );
  const currentKeys = new Set(current.map(keyOf));
  const gone = save.base.filter((cell) => !currentKeys.has(keyOf(cell)));
  if (changed.length === 0 && gone.length === 0) {
    return;
  }
  const last = (await manager.query(LAST_GRID_CHANGES_SQL, [changed.map((cell) => cellKey(save.key, cell))])) as {
    cellKey: string;
    by: string;
    at: Date;
  }[];
  const lastByKey = new Map(last.map((entry) => [entry.cellKey, entry]));
  const details: ChangedSince[] = changed.map((cell) => {
    const entry = lastByKey.get(cellKey(save.key, cell));
    return {
      scopeType: cell.scopeType,
      scopeId: cell.scopeId,
      name: names.get(`${cell.scopeType}:${cell.scopeId}`) ?? cell.scopeId,
      month: cell.month,
      loaded: loaded.get(keyOf(cell)) ?? null,
      current: cell.value,
      changedBy: entry?.by ?? null,
      changedAt: entry?.at.toISOString() ?? null,
    };
  });
  const repsChanged = gone.length > 0 || changed.some((cell) => !loaded.has(keyOf(cell)));
  throw new ConflictError(...conflictMessage(details, repsChanged), { cells: details, repsChanged });
}

/**
 * What changed, told by the first changed cell (one a person changed, if any), how many more cells
 * changed, and whether the team's reps changed too.
 */
function conflictMessage(changed: readonly ChangedSince[], repsChanged: boolean): CodeAndParams {
  const first = changed.find((cell) => cell.changedBy !== null) ?? changed[0];
  if (!first) {
    return ['TEAM_REPS_CHANGED', {}];
  }
  const more = changed.length - 1;
  const { name, month, changedBy: by } = first;
  if (by) {
    const cell = { by, name, month, at: first.changedAt ?? '' };
    if (repsChanged) {
      return more === 0
        ? ['TARGETS_AND_REPS_CHANGED_BY', cell]
        : more === 1
          ? ['TARGETS_AND_REPS_CHANGED_BY_AND_ONE_MORE', cell]
          : ['TARGETS_AND_REPS_CHANGED_BY_AND_MORE', { ...cell, more }];
    }
    return more === 0
      ? ['TARGETS_CHANGED_BY', cell]
      : more === 1
        ? ['TARGETS_CHANGED_BY_AND_ONE_MORE', cell]
        : ['TARGETS_CHANGED_BY_AND_MORE', { ...cell, more }];
  }
  if (repsChanged) {
    return more === 0
      ? ['TARGETS_AND_REPS_CHANGED_BY_IMPORT', { name, month }]
      : more === 1
        ? ['TARGETS_AND_REPS_CHANGED_BY_IMPORT_AND_ONE_MORE', { name, month }]
        : ['TARGETS_AND_REPS_CHANGED_BY_IMPORT_AND_MORE', { name, month, more }];
  }
  return more === 0
    ? ['TARGETS_CHANGED_BY_IMPORT', { name, month }]
    : more === 1
      ? ['TARGETS_CHANGED_BY_IMPORT_AND_ONE_MORE', { name, month }]
      : ['TARGETS_CHANGED_BY_IMPORT_AND_MORE', { name, month, more }];
}

/**
 * The changes that change something, each with the value it replaces; a cell must belong to the grid
 * (a rep of the team now, or the team).
 */
function effectiveChanges(save: CheckedSave, stored: StoredGrid): { cell: TargetCell; before: number | null }[] {
  const current = new Map(cellsOf(stored).map((cell) => [keyOf(cell), cell.value]));
  const issues = save.changes.flatMap((cell, index) =>
    current.has(keyOf(cell))
      ? []
      : [
          cell.scopeType === 'TEAM'
            ? fieldIssue(`input.changes[${index}].scopeId`, 'NOT_THE_GRID_TEAM', {
                teamId: save.key.teamId,
                value: cell.scopeId,
              })
            : fieldIssue(`input.changes[${index}].scopeId`, 'NOT_A_REP_OF_TEAM', {
                repId: cell.scopeId,
                teamId: save.key.teamId,
              }),
        ],
  );
  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
  return save.changes
    .map((cell) => ({ cell, before: current.get(keyOf(cell)) ?? null }))
    .filter(({ cell, before }) => !sameTarget(cell.value, before));
}

/** Replaces each changed cell's month by one row, keeping the other days of the rows it overlapped. */
async function writeCells(
  manager: EntityManager,
  key: GridKey,
  cells: readonly TargetCell[],
  actorUserId: string,
): Promise<void> {
  if (cells.length === 0) {
    return;
  }
  const periods = cells.map((cell) => monthPeriod(cell.month));
  const overlapping = (await manager.query(OVERLAPPING_ROWS_SQL, [
    key.kpi,
    key.businessModel,
    cells.map((cell) => cell.scopeType),
    cells.map((cell) => cell.scopeId),
    periods.map((period) => period.from),
    periods.map((period) => period.to),
  ])) as (StoredTargetRow & { scopeType: string; scopeId: string })[];
  const cutByScope = new Map<string, Period[]>();
  cells.forEach((cell, index) => {
    const scope = `${cell.scopeType}:${cell.scopeId}`;
    cutByScope.set(scope, [...(cutByScope.get(scope) ?? []), periods[index]]);
  });
  const ids = new Set<string>();
  const remainders: (TargetRemainder & { scopeType: string; scopeId: string })[] = overlapping.flatMap((row) =>
    remaindersOf(row, cutByScope.get(`${row.scopeType}:${row.scopeId}`) ?? []).map((part) => ({
      ...part,
      targetId: uniqueId(part.targetId, ids),
      scopeType: row.scopeType,
      scopeId: row.scopeId,
    })),
  );
  await manager.query('DELETE FROM target WHERE target_id = ANY($1::text[])', [overlapping.map((row) => row.targetId)]);
  await manager.query(INSERT_REMAINDERS_SQL, [
    key.businessModel,
    key.kpi,
    remainders.map((part) => part.targetId),
    remainders.map((part) => part.scopeType),
    remainders.map((part) => part.scopeId),
    remainders.map((part) => part.periodStart),
    remainders.map((part) => part.periodEnd),
    remainders.map((part) => part.sourceValue),
    remainders.map((part) => part.days),
    remainders.map((part) => part.sourceDays),
  ]);
  const set = cells.flatMap((cell, index) => (cell.value === null ? [] : [{ cell, period: periods[index] }]));
  await manager.query(INSERT_MONTHS_SQL, [
    key.businessModel,
    key.kpi,
    set.map(({ cell }) => cellKey(key, cell)),
    set.map(({ cell }) => cell.scopeType),
    set.map(({ cell }) => cell.scopeId),
    set.map(({ period }) => period.from),
    set.map(({ period }) => period.to),
    set.map(({ cell }) => String(cell.value)),
  ]);
  const written = new Set([...remainders.map((part) => part.targetId), ...set.map(({ cell }) => cellKey(key, cell))]);
  await manager.query(RECORD_REPLACED_SQL, [
    overlapping.map((row) => row.targetId).filter((id) => !written.has(id)),
    [...written],
    actorUserId,
  ]);
}

/**
 * The id, or the id with a counter when an earlier part of this save took it: parts of one row never
 * share a first day, but a row imported again beside the parts it was once cut into can.
 */
function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let counter = 2; taken.has(unique); counter++) {
    unique = `${id}~${counter}`;
  }
  taken.add(unique);
  return unique;
}
