import { BUCKET_TABLES, ROLLUP_COUNTERS, ROLLUP_TABLES, type RollupTable } from '../rollup/rollup-counters';

/**
 * How a read is grouped and which rollups serve it: the company's totals come from the per-model
 * rollups; any narrower scope, and any read grouped into several scopes (FactQuery.groups), from the
 * per-rep ones.
 */
export type RollupLevel = 'company' | 'scope' | 'groups';

/**
 * The group of each row of `alias` (which has a rep_id): NULL, or — grouped — a join to the pairs of
 * rep and group at parameters `$reps` and `$reps + 1`, so a rep's rows count once for each group of theirs.
 */
function grouping(level: RollupLevel, alias: string, reps: number): { column: string; join: string } {
  return level === 'groups'
    ? {
        column: 'g.group_id',
        join: `JOIN unnest($${reps}::text[], $${reps + 1}::text[]) AS g(rep_id, group_id) ON g.rep_id = ${alias}.rep_id`,
      }
    : { column: 'NULL::text', join: '' };
}

/**
 * The periods, each with its whole calendar months [m_from, m_to) — empty when it holds none.
 *   $1 period starts (date[]), $2 period ends (date[], exclusive).
 */
const PERIOD = `
  period AS (
    SELECT p.ord::int AS period_index, p.from_d, p.to_d,
           p.from_d::timestamp AT TIME ZONE 'UTC' AS from_at, p.to_d::timestamp AT TIME ZONE 'UTC' AS to_at,
           (date_trunc('month', (p.from_d - 1)::timestamp) + interval '1 month')::date AS m_from,
           date_trunc('month', p.to_d::timestamp)::date AS m_to
    FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(from_d, to_d, ord)
  )`;

/**
 * A period cut into monthly rollup rows for its whole months and daily ones for the days around them
 * (`flow`), and everything before its end the same way (`stock`, for the pipeline).
 */
const SLICES = `
  slice AS (
    SELECT period_index, 'flow' AS part, 'month' AS grain, m_from AS lo, m_to AS hi FROM period WHERE m_from < m_to
    UNION ALL
    SELECT period_index, 'flow', 'day', from_d, CASE WHEN m_from < m_to THEN m_from ELSE to_d END FROM period
    UNION ALL
    SELECT period_index, 'flow', 'day', m_to, to_d FROM period WHERE m_from < m_to
    UNION ALL
    SELECT period_index, 'stock', 'month', '-infinity'::date, m_to FROM period
    UNION ALL
    SELECT period_index, 'stock', 'day', m_to, to_d FROM period
  )`;

function tablesOf(level: RollupLevel): { day: RollupTable; month: RollupTable } {
  return level === 'company'
    ? { day: ROLLUP_TABLES.modelDay, month: ROLLUP_TABLES.modelMonth }
    : { day: ROLLUP_TABLES.repDay, month: ROLLUP_TABLES.repMonth };
}

/** The rows of one grain's table that fall into the slices of that grain, in the scope. */
function sliceRows(table: RollupTable, level: RollupLevel, columns: string): string {
  const group = grouping(level, 'r', 5);
  const scope = level === 'company' ? '' : ' AND ($4::text[] IS NULL OR r.rep_id = ANY($4::text[]))';
  return `
    SELECT s.period_index, s.part, r.business_model, ${group.column} AS group_id, ${columns}
    FROM slice s
    JOIN ${table.name} r ON s.grain = '${table.grain}' AND r.${table.grain} >= s.lo AND r.${table.grain} < s.hi
    ${group.join}
    WHERE r.business_model = ANY($3::text[])${scope}`;
}

const SUMMED = ROLLUP_COUNTERS.filter((counter) => counter !== 'items').join(', ');

const flow = (column: string) => `sum(${column}) FILTER (WHERE part = 'flow')`;
const count = (column: string) => `coalesce(${flow(column)}, 0)::int AS ${column}`;
const mean = (sum: string, items: string) => `${flow(sum)}::numeric / nullif(${flow(items)}, 0)`;

/**
 * Every summable aggregate of every family from the rollups, per period, model (and rep): counts and
 * sums of the period, means as exact sums over counts, and the pipeline as everything created before
 * the period's end minus everything closed before it (a deal closes after it is created). The
 * cohort counts (`converted_ever`, `defaulted_ever`, `recovered_ever`) count the later event at any
 * time; `lateCohortSql` gives the part of them that lies after asOf.
 *   $1, $2 periods; $3 business models (text[]); $4 the scope's rep ids (text[]; not for the company);
 *   grouped, $5 and $6 the groups' rep and group ids (FactQuery.groups).
 */
export function rollupCountersSql(level: RollupLevel): string {
  const tables = tablesOf(level);
  return `
WITH ${PERIOD}, ${SLICES},
  sliced AS (
    ${sliceRows(tables.month, level, SUMMED)}
    UNION ALL
    ${sliceRows(tables.day, level, SUMMED)}
  )
SELECT period_index, business_model, group_id,
       ${count('created')}, ${count('created_converted')},
       coalesce(sum(created - closed) FILTER (WHERE part = 'stock'), 0)::int AS open_deals,
       coalesce(sum(created_amount - closed_amount) FILTER (WHERE part = 'stock'), 0)::float8 AS open_amount,
       ${count('won')}, ${count('lost')}, coalesce(${flow('won_amount')}, 0)::float8 AS won_amount,
       (${mean('won_cycle_seconds', 'won')} / 86400)::float8 AS sales_cycle_days,
       ${count('onboarded_after_won')},
       (${mean('onboarding_seconds', 'onboarded_after_won')} / 86400)::float8 AS onboarding_days,
       ${count('paid_out')}, ${count('paid_out_complete')}, ${count('paid_out_defaulted')},
       ${count('responses')}, (${mean('csat_sum', 'responses')})::float8 AS csat_mean,
       ${count('nps_answered')}, ${count('promoters')}, ${count('detractors')}, ${count('negative')},
       ${count('recovered')}, ${count('outbound')}, ${count('answered_inbound')}
FROM sliced
GROUP BY period_index, business_model, group_id`;
}

/** The scope of a statement reading deals as `d`: `$5` the rep ids (NULL for every deal). */
const DEAL_IN_SCOPE = `d.business_model = ANY($4::text[]) AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))`;

/**
 * The part of the rollups' cohort counts that lies after asOf (docs/kpis.md#LEAD_CONVERSION_RATE,
 * docs/kpis.md#DEFAULT_RATE, docs/kpis.md#RECOVERY_RATE): deals created in the period whose OPPORTUNITY comes
 * later, PAID_OUT deals whose DEFAULTED comes later, and negative feedback whose every recovery comes later.
 * Each is found from the events after asOf, so a read "as of now" looks at next to nothing.
 *   $1, $2 periods; $3 asOf; $4 business models; $5 the scope's rep ids (NULL = every deal); grouped,
 *   $6 and $7 the groups' rep and group ids.
 */
export function lateCohortSql(level: RollupLevel): string {
  const group = grouping(level, 'd', 6);
  return `
WITH ${PERIOD},
  late AS (
    SELECT p.period_index, d.business_model, ${group.column} AS group_id, 'conversion' AS kind
    FROM stage_event o
    JOIN deal d ON d.deal_id = o.deal_id
    ${group.join}
    JOIN period p ON d.created_at >= p.from_at AND d.created_at < p.to_at
    WHERE o.stage = 'OPPORTUNITY' AND o.occurred_at > $3 AND ${DEAL_IN_SCOPE}
    UNION ALL
    SELECT p.period_index, d.business_model, ${group.column}, 'default'
    FROM stage_event x
    JOIN stage_event po ON po.deal_id = x.deal_id AND po.stage = 'PAID_OUT'
    JOIN deal d ON d.deal_id = x.deal_id
    ${group.join}
    JOIN period p ON po.occurred_at >= p.from_at AND po.occurred_at < p.to_at
    WHERE x.stage = 'DEFAULTED' AND x.occurred_at > $3 AND ${DEAL_IN_SCOPE}
    UNION ALL
    SELECT p.period_index, d.business_model, ${group.column}, 'recovery'
    FROM (
      SELECT DISTINCT n.feedback_id, n.deal_id, n.occurred_at
      FROM feedback g
      JOIN feedback n ON n.deal_id = g.deal_id AND n.csat <= 2
                     AND g.occurred_at > n.occurred_at AND g.occurred_at <= n.occurred_at + interval '336 hours'
      WHERE g.csat >= 4 AND g.occurred_at > $3
    ) n
    JOIN deal d ON d.deal_id = n.deal_id
    ${group.join}
    JOIN period p ON n.occurred_at >= p.from_at AND n.occurred_at < p.to_at
    WHERE ${DEAL_IN_SCOPE}
      AND NOT EXISTS (
        SELECT 1 FROM feedback g
        WHERE g.deal_id = n.deal_id AND g.csat >= 4 AND g.occurred_at <= $3
          AND g.occurred_at > n.occurred_at AND g.occurred_at <= n.occurred_at + interval '336 hours')
  )
SELECT period_index, business_model, group_id,
       count(*) FILTER (WHERE kind = 'conversion')::int AS conversions,
       count(*) FILTER (WHERE kind = 'default')::int AS defaults,
       count(*) FILTER (WHERE kind = 'recovery')::int AS recoveries
FROM late
GROUP BY period_index, business_model, group_id`;
}

/** percentile_cont(0.5) of response hours, exactly as the raw path computes it. */
const MEDIAN_HOURS = `(percentile_cont(0.5) WITHIN GROUP (ORDER BY (r.response_minutes / 60)::float8))::float8`;

/**
 * The median response time per period and model (and group) of a scope of reps, from the response facts.
 *   $1, $2 periods; $3 business models; $4 the scope's rep ids; grouped, $5 and $6 the groups' rep and group ids.
 */
export function scopeMedianSql(level: Exclude<RollupLevel, 'company'>): string {
  const group = grouping(level, 'r', 5);
  return `
WITH ${PERIOD}
SELECT p.period_index, r.business_model, ${group.column} AS group_id, ${MEDIAN_HOURS} AS median_response_hours
FROM period p
JOIN response_fact r ON r.occurred_at >= p.from_at AND r.occurred_at < p.to_at
${group.join}
WHERE r.business_model = ANY($3::text[]) AND ($4::text[] IS NULL OR r.rep_id = ANY($4::text[]))
GROUP BY 1, 2, 3`;
}

/**
 * The company's median response time without sorting every response: the buckets' counts (months
 * and days as for the counters) locate the one or two buckets holding the middle ranks, and only the
 * responses of those buckets are read and ranked. percentile_cont(0.5) interpolates between ranks
 * floor((n-1)/2) and ceil((n-1)/2) as lo + (hi - lo) * fraction, in float8, as PostgreSQL does.
 *   $1, $2 periods; $3 business models.
 */
export const COMPANY_MEDIAN_SQL = `
WITH ${PERIOD}, ${SLICES},
  bucket_count AS (
    SELECT s.period_index, h.business_model, h.bucket, h.responses
    FROM slice s JOIN ${BUCKET_TABLES.month.name} h
      ON s.part = 'flow' AND s.grain = 'month' AND h.month >= s.lo AND h.month < s.hi
    WHERE h.business_model = ANY($3::text[])
    UNION ALL
    SELECT s.period_index, h.business_model, h.bucket, h.responses
    FROM slice s JOIN ${BUCKET_TABLES.day.name} h
      ON s.part = 'flow' AND s.grain = 'day' AND h.day >= s.lo AND h.day < s.hi
    WHERE h.business_model = ANY($3::text[])
  ),
  bucket_total AS (
    SELECT period_index, business_model, bucket, sum(responses) AS n FROM bucket_count GROUP BY 1, 2, 3
  ),
  ranked AS (
    SELECT period_index, business_model, bucket, n,
           sum(n) OVER (PARTITION BY period_index, business_model ORDER BY bucket) - n AS before,
           sum(n) OVER (PARTITION BY period_index, business_model) AS total
    FROM bucket_total
  ),
  middle AS (
    SELECT *, floor((total - 1) / 2.0) AS lo_rank, ceil((total - 1) / 2.0) AS hi_rank,
           ((total - 1) / 2.0 - floor((total - 1) / 2.0))::float8 AS fraction
    FROM ranked
  ),
  valued AS (
    SELECT m.period_index, m.business_model, m.lo_rank, m.hi_rank, m.fraction,
           (r.response_minutes / 60)::float8 AS hours,
           m.before + row_number() OVER (PARTITION BY m.period_index, m.business_model, m.bucket
                                         ORDER BY r.response_minutes) - 1 AS rank
    FROM middle m
    JOIN period p ON p.period_index = m.period_index
    JOIN response_fact r ON r.business_model = m.business_model AND r.bucket = m.bucket
                        AND r.occurred_at >= p.from_at AND r.occurred_at < p.to_at
    WHERE (m.lo_rank >= m.before AND m.lo_rank < m.before + m.n)
       OR (m.hi_rank >= m.before AND m.hi_rank < m.before + m.n)
  ),
  ends AS (
    SELECT period_index, business_model, min(fraction) AS fraction,
           min(hours) FILTER (WHERE rank = lo_rank) AS lo, min(hours) FILTER (WHERE rank = hi_rank) AS hi
    FROM valued
    WHERE rank IN (lo_rank, hi_rank)
    GROUP BY 1, 2
  )
SELECT period_index, business_model, NULL::text AS group_id, lo + (hi - lo) * fraction AS median_response_hours
FROM ends`;
