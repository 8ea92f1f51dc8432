import { MAIN_PATH_STAGES, sqlTextArray } from './journey-stages';

/** Exact days between two instants: seconds (with microseconds) / 86400, never rounded (docs/kpis.md#general-readings). */
const days = (later: string, earlier: string) =>
  `(extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})) / 86400`;

/**
 * The cohort funnel of every requested model in one statement. $1, $2 the period's instants [from, to),
 * $3 asOf, $4 the business models, $5 the reps of the row scope (NULL: every deal).
 *
 * Per cohort deal (created in the period, one index probe per deal on stage_event_one_per_stage for its
 * events by asOf): `furthest`, the index (1 = SUSPECT … 7 = PAID_OUT) of its furthest main-path event
 * (1 without one: every deal has reached SUSPECT); `instants`, the instant of each main-path stage
 * (SUSPECT: created_at; the others: their event, null without one by asOf); `lost_at`; `defaulted`; and
 * `lost_furthest`, the furthest main-path stage whose instant lies at or before the LOST event. Then per
 * (model, stage index k): how many reached k (furthest ≥ k), the median of the days from instant k to
 * instant k + 1 over the deals with both, how many were lost at k and how many stand at k, open.
 */
export const FUNNEL_SQL = `
WITH cohort AS (
  SELECT d.business_model, e.furthest, e.instants, e.lost_at, e.defaulted
  FROM deal d
  CROSS JOIN LATERAL (
    SELECT coalesce(max(array_position(${sqlTextArray(MAIN_PATH_STAGES)}, ev.stage)), 1) AS furthest,
           ARRAY[d.created_at, ${MAIN_PATH_STAGES.slice(1)
             .map((stage) => `min(ev.occurred_at) FILTER (WHERE ev.stage = '${stage}')`)
             .join(', ')}] AS instants,
           min(ev.occurred_at) FILTER (WHERE ev.stage = 'LOST') AS lost_at,
           coalesce(bool_or(ev.stage = 'DEFAULTED'), false) AS defaulted
    FROM stage_event ev
    WHERE ev.deal_id = d.deal_id AND ev.occurred_at <= $3
  ) e
  WHERE d.business_model = ANY($4::text[])
    AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))
    AND d.created_at >= $1 AND d.created_at < $2
),
-- once per deal (not once per deal and stage)
judged AS MATERIALIZED (
  SELECT c.business_model, c.furthest, c.instants, c.lost_at IS NOT NULL AS lost, c.defaulted,
         (SELECT max(i.k) FROM unnest(c.instants) WITH ORDINALITY AS i(t, k) WHERE i.t <= c.lost_at) AS lost_furthest
  FROM cohort c
),
-- narrow rows per deal and stage, so the sort for the medians stays small
per_stage AS (
  SELECT j.business_model, s.k, j.lost, j.defaulted,
         j.furthest >= s.k AS reached,
         j.lost_furthest = s.k AS lost_here,
         j.furthest = s.k AND NOT j.lost AND s.k < ${MAIN_PATH_STAGES.length} AS open_here,
         (${days('j.instants[s.k + 1]', 'j.instants[s.k]')})::float8 AS days
  FROM judged j
  CROSS JOIN generate_series(1, ${MAIN_PATH_STAGES.length}) AS s(k)
)
SELECT p.business_model AS "businessModel", p.k AS "stageIndex",
       count(*)::int AS "cohortSize",
       count(*) FILTER (WHERE p.lost)::int AS "lostCount",
       count(*) FILTER (WHERE p.defaulted)::int AS "defaultedCount",
       count(*) FILTER (WHERE p.reached)::int AS reached,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY p.days))::float8 AS "medianDaysToNext",
       count(p.days)::int AS "daysToNextCount",
       count(*) FILTER (WHERE p.lost_here)::int AS "lostHere",
       count(*) FILTER (WHERE p.open_here)::int AS "stillOpenHere"
FROM per_stage p
GROUP BY p.business_model, p.k`;

/** One row of FUNNEL_SQL: a model's figures at one main-path stage (1-based index). */
export interface FunnelSqlRow {
  readonly businessModel: string;
  readonly stageIndex: number;
  readonly cohortSize: number;
  readonly lostCount: number;
  readonly defaultedCount: number;
  readonly reached: number;
  readonly medianDaysToNext: number | null;
  readonly daysToNextCount: number;
  readonly lostHere: number;
  readonly stillOpenHere: number;
}
