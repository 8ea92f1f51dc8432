/**
 * Prorated targets of one scope, or of several scopes of one level each on its own (docs/kpis.md#targets,
 * docs/kpis.md#target-to-date):
 *   $1 period starts (date[]), $2 period ends (date[]), $3 business models, $4 KPIs,
 *   $5 scope type (COMPANY|REGION|TEAM|REP), $6 the scope's ids (several teams for a manager;
 *   NULL for COMPANY); $7 the end of each period's elapsed part (timestamptz[]: min(to, asOf));
 *   $8 each id its own scope (boolean): false adds up the targets of all ids (group_id NULL), true
 *   answers them per id (group_id = the id).
 * A row contributes value × overlap_days / days(row) to `target`, and value × the exact days it
 * overlaps the elapsed part / days(row) to `target_to_date`. A team with its own TEAM row for a
 * (period, model, KPI) uses only those rows, otherwise the sum of its reps' targets — decided on the
 * whole period for both; a region sums its teams, the company all teams. No overlapping row anywhere →
 * no result row → target and target to date null.
 */
export interface TargetRow {
  period_index: number;
  business_model: string;
  group_id: string | null;
  kpi: string;
  target: number;
  target_to_date: number;
}

/** Σ value × overlap / days(row), for the whole period and for its elapsed part (exact days, in UTC). */
const OVERLAP_DAYS = '(least(p.to_day, t.period_end) - greatest(p.from_day, t.period_start))';
const PRORATED_TARGET = `sum(t.value * ${OVERLAP_DAYS} / (t.period_end - t.period_start))`;
// An ended period takes the very expression of its target, so the two are equal to the last digit (§4.2).
const PRORATED_TARGET_TO_DATE = `
  sum(t.value * CASE
        WHEN p.elapsed_end >= p.to_day::timestamp AT TIME ZONE 'UTC' THEN ${OVERLAP_DAYS}
        ELSE greatest(0, extract(epoch FROM
               least(p.elapsed_end, t.period_end::timestamp AT TIME ZONE 'UTC')
               - greatest(p.from_day, t.period_start)::timestamp AT TIME ZONE 'UTC') / 86400)
      END / (t.period_end - t.period_start))`;

export const TARGET_SQL = `
WITH period AS (
  SELECT p.ord::int AS period_index, p.from_day, p.to_day, p.elapsed_end
  FROM unnest($1::date[], $2::date[], $7::timestamptz[]) WITH ORDINALITY AS p(from_day, to_day, elapsed_end, ord)
),
prorated AS (
  SELECT p.period_index, t.scope_type, t.scope_id, t.business_model, t.kpi,
         ${PRORATED_TARGET} AS target, ${PRORATED_TARGET_TO_DATE} AS target_to_date
  FROM period p
  JOIN target t ON t.period_start < p.to_day AND t.period_end > p.from_day
  WHERE t.business_model = ANY($3::text[]) AND t.kpi = ANY($4::text[])
  GROUP BY p.period_index, t.scope_type, t.scope_id, t.business_model, t.kpi
),
rep_target AS (
  SELECT period_index, scope_id AS rep_id, business_model, kpi, target, target_to_date
  FROM prorated WHERE scope_type = 'REP'
),
team_target AS (
  SELECT period_index, scope_id AS team_id, business_model, kpi, target, target_to_date
  FROM prorated WHERE scope_type = 'TEAM'
  UNION ALL
  SELECT r.period_index, u.team_id, r.business_model, r.kpi, sum(r.target), sum(r.target_to_date)
  FROM rep_target r
  JOIN app_user u ON u.user_id = r.rep_id
  WHERE u.team_id IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM prorated own
      WHERE own.scope_type = 'TEAM' AND own.scope_id = u.team_id AND own.period_index = r.period_index
        AND own.business_model = r.business_model AND own.kpi = r.kpi)
  GROUP BY r.period_index, u.team_id, r.business_model, r.kpi
),
scope_target AS (
  SELECT period_index, business_model, rep_id AS scope_id, kpi, target, target_to_date FROM rep_target
  WHERE $5::text = 'REP' AND rep_id = ANY ($6::text[])
  UNION ALL
  SELECT period_index, business_model, team_id, kpi, target, target_to_date FROM team_target
  WHERE $5::text = 'TEAM' AND team_id = ANY ($6::text[])
  UNION ALL
  SELECT tt.period_index, tt.business_model, t.region_id, tt.kpi, tt.target, tt.target_to_date
  FROM team_target tt
  JOIN team t ON t.team_id = tt.team_id
  WHERE ($5::text = 'REGION' AND t.region_id = ANY ($6::text[])) OR $5::text = 'COMPANY'
)
SELECT period_index, business_model, CASE WHEN $8::boolean THEN scope_id END AS group_id, kpi,
       sum(target)::float8 AS target, sum(target_to_date)::float8 AS target_to_date
FROM scope_target
GROUP BY 1, 2, 3, 4`;
