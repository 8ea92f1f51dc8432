import { MAX_REASON_LENGTH } from '@salesdash/api/platform';
import { InputCheck } from '@salesdash/api/policies';
import {
  isTargetKpi,
  isYearMonth,
  type KpiCode,
  monthsFrom,
  TARGET_KPIS,
  type TargetUnit,
  targetUnitOf,
  targetValueProblem,
  messageArgs,
  type YearMonth,
} from '@salesdash/shared/domain';
import type { GridKey, TargetCell } from './target-cells';
import type { SaveTargetGridInput, TargetCellInput, TargetGridQueryInput } from './target-grid.types';

/** The longest grid: two years. */
export const MAX_GRID_MONTHS = 24;
/** More cells than any team's two years (a rep row and the team row per month). */
export const MAX_GRID_CELLS = 10_000;

export interface CheckedGridQuery {
  readonly key: GridKey;
  readonly unit: TargetUnit;
  readonly months: readonly YearMonth[];
}

export interface CheckedSave extends CheckedGridQuery {
  readonly base: readonly TargetCell[];
  readonly changes: readonly TargetCell[];
  readonly reason: string | null;
}

function checkQuery(check: InputCheck, input: TargetGridQueryInput, path: string) {
  const kpi: string = input.kpi.trim();
  if (!isTargetKpi(kpi)) {
    check.add(`${path}.kpi`, 'ONE_OF_GOT', { choices: TARGET_KPIS.join(', '), value: kpi.slice(0, 40) });
  }
  const businessModel = check.businessModelCode(input.businessModel, `${path}.businessModel`);
  if (!isYearMonth(input.firstMonth)) {
    check.add(`${path}.firstMonth`, 'MONTH_FORMAT', { value: input.firstMonth.slice(0, 40) });
  }
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > MAX_GRID_MONTHS) {
    check.add(`${path}.months`, 'WHOLE_NUMBER_OUT_OF_RANGE', { min: 1, max: MAX_GRID_MONTHS, value: input.months });
  }
  return { teamId: input.teamId.trim(), businessModel, kpi: kpi as KpiCode };
}

/** A grid request: a target KPI, a model code, 1–24 months from a YYYY-MM month. */
export function checkGridQuery(input: TargetGridQueryInput, path: string): CheckedGridQuery {
  const check = new InputCheck();
  const key = checkQuery(check, input, path);
  check.done();
  return { key, unit: targetUnitOf(key.kpi), months: monthsFrom(input.firstMonth, input.months) };
}

/**
 * A save: the grid's request plus its loaded cells and the changes — each a month of the grid and a
 * value the KPI's unit allows (≥ 0, cents or whole), no cell changed twice. Whether a cell's rep belongs
 * to the team is checked against the stored grid, under the save's lock.
 */
export function checkSave(input: SaveTargetGridInput): CheckedSave {
  const check = new InputCheck();
  const key = checkQuery(check, input, 'input');
  const unit = isTargetKpi(key.kpi) ? targetUnitOf(key.kpi) : 'EUR';
  const months = check.issueCount() === 0 ? monthsFrom(input.firstMonth, input.months) : [];
  const reason = input.reason ? check.text(input.reason, 'input.reason', MAX_REASON_LENGTH) : '';
  const cells = (list: readonly TargetCellInput[], field: string, checkValue: boolean): TargetCell[] => {
    if (list.length > MAX_GRID_CELLS) {
      check.add(field, 'GRID_TOO_MANY_CELLS', { max: MAX_GRID_CELLS, count: list.length });
      return [];
    }
    const seen = new Set<string>();
    return list.map((cell, index) => {
      const at = `${field}[${index}]`;
      if (months.length > 0 && !months.includes(cell.month)) {
        check.add(`${at}.month`, 'MONTH_OUTSIDE_GRID', {
          first: months[0],
          last: months[months.length - 1],
          value: cell.month.slice(0, 40),
        });
      }
      const id = `${cell.scopeType}:${cell.scopeId}:${cell.month}`;
      if (seen.has(id)) {
        check.add(at, 'CELL_NAMED_TWICE', { scopeType: cell.scopeType, scopeId: cell.scopeId, month: cell.month });
      }
      seen.add(id);
      const value = cell.value ?? null;
      if (checkValue && value !== null) {
        const problem = targetValueProblem(value, unit);
        if (problem) {
          check.add(`${at}.value`, ...messageArgs(problem));
        }
      }
      return { scopeType: cell.scopeType, scopeId: cell.scopeId, month: cell.month, value };
    });
  };
  const base = cells(input.base, 'input.base', false);
  const changes = cells(input.changes, 'input.changes', true);
  if (input.changes.length === 0) {
    check.add('input.changes', 'NO_CELL_TO_SET', {});
  }
  check.done();
  return { key, unit, months, base, changes, reason: reason === '' ? null : reason };
}
