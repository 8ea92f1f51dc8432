/**
 * Prorated targets of one scope (KPI-SPEC §4 "Targets", §4.1.9):
 *   $1 period starts (date[]), $2 period ends (date[]), $3 business models, $4 KPIs,
 *   $5 scope type (COMPANY|REGION|TEAM|REP), $6 the scope's ids (several teams for a manager;
 *   NULL for COMPANY); the targets of several ids add up.
 * A row contributes value × overlap_days / days(row). A team with its own TEAM row for a
 * (period, model, KPI) uses only those rows, otherwise the sum of its reps' targets; a region sums
 * its teams, the company all teams. No overlapping row anywhere → no result row → target null.
 */
export interface TargetRow {
  period_index: number;
  business_model: string;
  kpi: string;
  target: number;
}

export const TARGET_SQL = `
WITH period AS (
  SELECT p.ord::int AS period_index, p.from_day, p.to_day
  FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(from_day, to_day, ord)
),
prorated AS (
  SELECT p.period_index, t.scope_type, t.scope_id, t.business_model, t.kpi,
         sum(t.value * (least(p.to_day, t.period_end) - greatest(p.from_day, t.period_start))
             / (t.period_end - t.period_start)) AS target
  FROM period p
  JOIN target t ON t.period_start < p.to_day AND t.period_end > p.from_day
  WHERE t.business_model = ANY($3::text[]) AND t.kpi = ANY($4::text[])
  GROUP BY p.period_index, t.scope_type, t.scope_id, t.business_model, t.kpi
),
rep_target AS (
  SELECT period_index, scope_id AS rep_id, business_model, kpi, target
  FROM prorated WHERE scope_type = 'REP'
),
team_target AS (
  SELECT period_index, scope_id AS team_id, business_model, kpi, target
  FROM prorated WHERE scope_type = 'TEAM'
  UNION ALL
  SELECT r.period_index, u.team_id, r.business_model, r.kpi, sum(r.target)
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
  SELECT period_index, business_model, kpi, target FROM rep_target
  WHERE $5::text = 'REP' AND rep_id = ANY ($6::text[])
  UNION ALL
  SELECT period_index, business_model, kpi, target FROM team_target
  WHERE $5::text = 'TEAM' AND team_id = ANY ($6::text[])
  UNION ALL
  SELECT tt.period_index, tt.business_model, tt.kpi, tt.target
  FROM team_target tt
  JOIN team t ON t.team_id = tt.team_id
  WHERE ($5::text = 'REGION' AND t.region_id = ANY ($6::text[])) OR $5::text = 'COMPANY'
)
SELECT period_index, business_model, kpi, sum(target)::float8 AS target
FROM scope_target
GROUP BY period_index, business_model, kpi`;
