import { distributeTotal, monthSums, sumOfTargets, type TargetUnit, teamTotals } from '@salesdash/shared/domain';
import type { TargetGridDto } from '../data-access/target-api.service';
import type { TargetCellInput, TargetScopeType } from '../generated/graphql';
import { formatTargetInput, parseTargetText } from './target-number';

/** A cell of the grid: `REP:U-7:2027-01`, `TEAM:T1:2027-01`. */
export type CellId = string;

/** What the editor typed, per cell, as typed (an empty text clears the target). */
export type Edits = ReadonlyMap<CellId, string>;

/** The cells tools act on: the ticked reps × the ticked months, where an axis with nothing ticked means all. */
export interface Selection {
  readonly reps: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
}

export const NO_SELECTION: Selection = { reps: new Set(), months: new Set() };

export interface EditorCell {
  readonly id: CellId;
  readonly scopeType: TargetScopeType;
  readonly scopeId: string;
  readonly month: string;
  /** What is stored. */
  readonly stored: number | null;
  /** What the input shows: the edit, or the stored value in the locale's writing. */
  readonly text: string;
  /** The value the cell stands for now: the parsed edit, or the stored value (also while an edit is invalid). */
  readonly value: number | null;
  readonly issue: string | null;
  /** An edit that differs from what is stored. */
  readonly changed: boolean;
}

export interface EditorRow {
  readonly scopeType: TargetScopeType;
  readonly scopeId: string;
  readonly name: string;
  readonly active: boolean;
  readonly cells: readonly EditorCell[];
  /** The row's months together; null when no month has a target. */
  readonly total: number | null;
}

export interface EditorView {
  readonly unit: TargetUnit;
  readonly months: readonly string[];
  readonly reps: readonly EditorRow[];
  readonly team: EditorRow;
  /** Per month, the sum of the reps' targets (null when none has one). */
  readonly repSums: readonly (number | null)[];
  /**
   * Per month, the team's target as the KPIs use it: its TEAM target where set, else the reps' sum
   * (docs/kpis.md#targets).
   */
  readonly teamTotals: readonly (number | null)[];
  /** The cells to send: valid edits that differ from what is stored. */
  readonly changes: readonly TargetCellInput[];
  /** Cells whose edit cannot be saved, in grid order. */
  readonly invalid: readonly EditorCell[];
}

export function cellId(scopeType: TargetScopeType, scopeId: string, month: string): CellId {
  return `${scopeType}:${scopeId}:${month}`;
}

export function unitOf(grid: TargetGridDto): TargetUnit {
  return grid.unit === 'EUR' ? 'EUR' : 'COUNT';
}

const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The grid with the edits applied, the edits read and the values shown in the locale's writing.
 * `serverIssues` are the API's refusals of a save, by cell; an edit of that cell since then replaces them.
 */
export function buildEditor(
  grid: TargetGridDto,
  edits: Edits,
  locale: string,
  serverIssues: ReadonlyMap<CellId, string> = new Map(),
): EditorView {
  const unit = unitOf(grid);
  const rowOf = (row: TargetGridDto['team']): EditorRow => {
    const cells = grid.months.map((month, index): EditorCell => {
      const id = cellId(row.scopeType, row.scopeId, month);
      const stored = row.values[index] ?? null;
      const edit = edits.get(id);
      if (edit === undefined) {
        const issue = serverIssues.get(id) ?? null;
        return {
          id,
          scopeType: row.scopeType,
          scopeId: row.scopeId,
          month,
          stored,
          text: formatTargetInput(stored, unit, locale),
          value: stored,
          issue,
          changed: false,
        };
      }
      const parsed = parseTargetText(edit, unit, locale);
      const value = 'value' in parsed ? parsed.value : stored;
      const issue = 'issue' in parsed ? parsed.issue : (serverIssues.get(id) ?? null);
      return {
        id,
        scopeType: row.scopeType,
        scopeId: row.scopeId,
        month,
        stored,
        text: edit,
        value,
        issue,
        changed: 'value' in parsed && !same(value, stored),
      };
    });
    return { ...row, cells, total: sumOfTargets(cells.map((cell) => cell.value)) };
  };
  const reps = grid.reps.map(rowOf);
  const team = rowOf(grid.team);
  const repSums = monthSums(
    reps.map((rep) => rep.cells.map((cell) => cell.value)),
    grid.months.length,
  );
  const all = [...reps, team].flatMap((row) => row.cells);
  return {
    unit,
    months: grid.months,
    reps,
    team,
    repSums,
    teamTotals: teamTotals(
      team.cells.map((cell) => cell.value),
      repSums,
    ),
    changes: all
      .filter((cell) => cell.changed && cell.issue === null)
      .map((cell) => ({ scopeType: cell.scopeType, scopeId: cell.scopeId, month: cell.month, value: cell.value })),
    invalid: all.filter((cell) => cell.issue !== null),
  };
}

/** Every cell as loaded, the save's proof of what the editor started from. */
export function baseCells(grid: TargetGridDto): TargetCellInput[] {
  return [...grid.reps, grid.team].flatMap((row) =>
    grid.months.map((month, index) => ({
      scopeType: row.scopeType,
      scopeId: row.scopeId,
      month,
      value: row.values[index] ?? null,
    })),
  );
}

/** The edits with these cells set to values (null: no target), written as the locale writes them. */
export function withValues(
  edits: Edits,
  values: ReadonlyMap<CellId, number | null>,
  unit: TargetUnit,
  locale: string,
): Edits {
  const next = new Map(edits);
  values.forEach((value, id) => next.set(id, formatTargetInput(value, unit, locale)));
  return next;
}

/** The reps and months a tool acts on. */
export function selected(grid: TargetGridDto, selection: Selection): { repIds: string[]; months: string[] } {
  const repIds = grid.reps
    .map((rep) => rep.scopeId)
    .filter((id) => selection.reps.size === 0 || selection.reps.has(id));
  const months = grid.months.filter((month) => selection.months.size === 0 || selection.months.has(month));
  return { repIds, months };
}

/** Every selected rep's cell of every selected month set to one value. */
export function fill(grid: TargetGridDto, selection: Selection, value: number | null): Map<CellId, number | null> {
  const { repIds, months } = selected(grid, selection);
  return new Map(repIds.flatMap((repId) => months.map((month) => [cellId('REP', repId, month), value] as const)));
}

/**
 * Each selected month's `total` split over the selected reps, by `weights` (per rep id; all missing or
 * 0: evenly), in whole cents or counts that add up to the total exactly.
 */
export function distribute(
  grid: TargetGridDto,
  selection: Selection,
  total: number,
  weights: ReadonlyMap<string, number> | null,
): Map<CellId, number | null> {
  const { repIds, months } = selected(grid, selection);
  const parts = distributeTotal(
    total,
    repIds.map((id) => weights?.get(id) ?? 0),
    unitOf(grid),
  );
  return new Map(
    months.flatMap((month) => repIds.map((repId, index) => [cellId('REP', repId, month), parts[index]] as const)),
  );
}

/**
 * Each selected month's cells set to a source month's values: `source` holds the values per rep id of
 * the months `offset` months earlier (-1: the month before, -12: the same month last year).
 */
export function copyFrom(
  grid: TargetGridDto,
  selection: Selection,
  source: ReadonlyMap<string, ReadonlyMap<string, number | null>>,
  sourceMonthOf: (month: string) => string,
): Map<CellId, number | null> {
  const { repIds, months } = selected(grid, selection);
  return new Map(
    months.flatMap((month) =>
      repIds.map(
        (repId) => [cellId('REP', repId, month), source.get(repId)?.get(sourceMonthOf(month)) ?? null] as const,
      ),
    ),
  );
}

/** The API's refusals of a save (`input.changes[3].value`), placed on the cells that were sent. */
export function issuesByCell(
  sent: readonly TargetCellInput[],
  issues: readonly { field: string; message: string }[],
): { byCell: Map<CellId, string>; other: string[] } {
  const byCell = new Map<CellId, string>();
  const other: string[] = [];
  for (const issue of issues) {
    const match = /^input\.changes\[(\d+)\]/.exec(issue.field);
    const cell = match ? sent[Number(match[1])] : undefined;
    if (cell) {
      byCell.set(cellId(cell.scopeType, cell.scopeId, cell.month), issue.message);
    } else {
      other.push(`${issue.field}: ${issue.message}`);
    }
  }
  return { byCell, other };
}
