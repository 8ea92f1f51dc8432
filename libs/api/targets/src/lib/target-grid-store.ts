import { type SqlRunner, ValidationError } from '@salesdash/api/platform';
import { monthPeriod, type YearMonth } from '@salesdash/shared/domain';
import type { GridKey, TargetCell, TargetScopeType } from './target-cells';

/** One row of a grid: a rep of the team, or the team itself (its TEAM target rows, docs/kpis.md#targets). */
export interface GridRow {
  readonly scopeType: TargetScopeType;
  readonly scopeId: string;
  readonly name: string;
  /** False for a deactivated rep (shown while they hold a target in the grid's months). */
  readonly active: boolean;
  /** One value per month of the grid; null: no target. */
  readonly values: readonly (number | null)[];
}

/** A team's targets of one KPI and business model, month by month. */
export interface StoredGrid extends GridKey {
  readonly teamName: string;
  readonly months: readonly YearMonth[];
  readonly reps: readonly GridRow[];
  readonly team: GridRow;
  /** Some team of the company has TEAM target rows for this KPI and model. */
  readonly usesTeamTargets: boolean;
}

const TEAM_SQL = `SELECT name FROM team WHERE team_id = $1`;

// Reps of the team now (targets follow the rep), and deactivated ones only while they hold a target
// in the grid's months: their deals still count, so their targets do.
const REPS_SQL = `
SELECT u.user_id AS id, u.display_name AS name, u.active
FROM app_user u
WHERE u.role = 'SALES_REP' AND u.team_id = $1
  AND (u.active OR EXISTS (
        SELECT 1 FROM target t
        WHERE t.scope_type = 'REP' AND t.scope_id = u.user_id AND t.kpi = $2 AND t.business_model = $3
          AND t.period_start < $5::date AND t.period_end > $4::date))
ORDER BY u.display_name, u.user_id`;

// A cell is the scope's target for the month by docs/kpis.md#targets: Σ value × overlap days / row days.
const CELLS_SQL = `
WITH months AS (
  SELECT to_char(m, 'YYYY-MM') AS month, m::date AS month_start, (m + interval '1 month')::date AS month_end
  FROM generate_series($4::date, $5::date - 1, interval '1 month') AS m)
SELECT t.scope_type AS "scopeType", t.scope_id AS "scopeId", mo.month,
       sum(t.value * (least(t.period_end, mo.month_end) - greatest(t.period_start, mo.month_start))
           / (t.period_end - t.period_start))::float8 AS value
FROM target t
JOIN months mo ON t.period_start < mo.month_end AND t.period_end > mo.month_start
WHERE t.kpi = $2 AND t.business_model = $3
  AND ((t.scope_type = 'TEAM' AND t.scope_id = $1) OR (t.scope_type = 'REP' AND t.scope_id = ANY($6::text[])))
GROUP BY 1, 2, 3`;

const USES_TEAM_TARGETS_SQL = `
SELECT EXISTS (SELECT 1 FROM target WHERE scope_type = 'TEAM' AND kpi = $1 AND business_model = $2) AS uses`;

/**
 * Reads a grid (four small statements; inside a save's transaction, under its lock). An unknown team
 * is a validation error on `teamField`.
 */
export async function readGrid(
  runner: SqlRunner,
  key: GridKey,
  months: readonly YearMonth[],
  teamField: string,
): Promise<StoredGrid> {
  const [team] = (await runner.query(TEAM_SQL, [key.teamId])) as { name: string }[];
  if (!team) {
    throw ValidationError.of(teamField, 'UNKNOWN_TEAM', { id: key.teamId });
  }
  const from = monthPeriod(months[0]).from;
  const to = monthPeriod(months[months.length - 1]).to;
  const reps = (await runner.query(REPS_SQL, [key.teamId, key.kpi, key.businessModel, from, to])) as {
    id: string;
    name: string;
    active: boolean;
  }[];
  const cells = (await runner.query(CELLS_SQL, [
    key.teamId,
    key.kpi,
    key.businessModel,
    from,
    to,
    reps.map((rep) => rep.id),
  ])) as Required<TargetCell>[];
  const [{ uses }] = (await runner.query(USES_TEAM_TARGETS_SQL, [key.kpi, key.businessModel])) as { uses: boolean }[];
  const valueAt = new Map(cells.map((cell) => [`${cell.scopeType}:${cell.scopeId}:${cell.month}`, cell.value]));
  const valuesOf = (scopeType: TargetScopeType, scopeId: string) =>
    months.map((month) => valueAt.get(`${scopeType}:${scopeId}:${month}`) ?? null);
  return {
    ...key,
    teamName: team.name,
    months,
    reps: reps.map((rep) => ({
      scopeType: 'REP',
      scopeId: rep.id,
      name: rep.name,
      active: rep.active,
      values: valuesOf('REP', rep.id),
    })),
    team: {
      scopeType: 'TEAM',
      scopeId: key.teamId,
      name: team.name,
      active: true,
      values: valuesOf('TEAM', key.teamId),
    },
    usesTeamTargets: uses,
  };
}

/** Every cell of a grid, the team's after its reps'. */
export function cellsOf(grid: StoredGrid): TargetCell[] {
  return [...grid.reps, grid.team].flatMap((row) =>
    grid.months.map((month, index) => ({
      scopeType: row.scopeType,
      scopeId: row.scopeId,
      month,
      value: row.values[index],
    })),
  );
}
