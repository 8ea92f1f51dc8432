import { daysBetween, type IsoDate, type KpiCode, type Period, type YearMonth } from '@salesdash/shared/domain';

export const TARGET_SCOPE_TYPES = ['REP', 'TEAM'] as const;
export type TargetScopeType = (typeof TARGET_SCOPE_TYPES)[number];

/** One cell of a grid: a rep's or the team's target for one month. */
export interface TargetCell {
  readonly scopeType: TargetScopeType;
  readonly scopeId: string;
  readonly month: YearMonth;
  /** Null: no target for that month. */
  readonly value: number | null;
}

/** What one grid shows: a team's targets of one KPI and business model. */
export interface GridKey {
  readonly teamId: string;
  readonly businessModel: string;
  readonly kpi: KpiCode;
}

/**
 * A cell's identity across time, for its audit entries and as the id of the one-month target row the
 * grid writes: `REP:U-7:CONSUMER_LOANS:WON_VOLUME:2027-01`. A target belongs to the rep (or the team),
 * not to the grid: a rep who moves team keeps it.
 */
export function cellKey(
  key: Omit<GridKey, 'teamId'>,
  cell: Pick<TargetCell, 'scopeType' | 'scopeId' | 'month'>,
): string {
  return `${cell.scopeType}:${cell.scopeId}:${key.businessModel}:${key.kpi}:${cell.month}`;
}

/** A stored target row as the splitter needs it; the value stays PostgreSQL's exact numeric text. */
export interface StoredTargetRow {
  readonly targetId: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly value: string;
}

/** A part of a stored row kept outside the months a save replaces, with its share of the row's value. */
export interface TargetRemainder {
  readonly targetId: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly sourceValue: string;
  readonly days: number;
  readonly sourceDays: number;
}

/**
 * The parts of `row` that lie outside the `cut` months (in any order): docs/kpis.md#targets prorates a row
 * evenly over its days, so keeping each outside part with value × its days / the row's days leaves the
 * target of every period outside the cut months exactly as it was. Ids derive from the original row's
 * (its id up to any earlier `~`, then `~` and the part's first day): parts of one row never overlap, so
 * their first days differ.
 */
export function remaindersOf(row: StoredTargetRow, cut: readonly Period[]): TargetRemainder[] {
  const sourceDays = daysBetween(row.periodStart, row.periodEnd);
  const baseId = row.targetId.split('~')[0];
  const parts: Period[] = [];
  let start = row.periodStart;
  for (const month of [...cut].sort((a, b) => a.from.localeCompare(b.from))) {
    if (month.to <= start || month.from >= row.periodEnd) {
      continue;
    }
    if (month.from > start) {
      parts.push({ from: start, to: month.from });
    }
    start = month.to > start ? month.to : start;
  }
  if (start < row.periodEnd) {
    parts.push({ from: start, to: row.periodEnd });
  }
  return parts.map((part) => ({
    targetId: `${baseId}~${part.from}`,
    periodStart: part.from,
    periodEnd: part.to,
    sourceValue: row.value,
    days: daysBetween(part.from, part.to),
    sourceDays,
  }));
}

/** Two cell values are the same target (both none, or equal to well below a cent). */
export function sameTarget(a: number | null, b: number | null): boolean {
  if (a === null || b === null) {
    return a === b;
  }
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
