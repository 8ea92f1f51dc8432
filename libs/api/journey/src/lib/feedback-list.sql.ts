import type { FeedbackConditions } from './journey-rules';

/**
 * The first feedback with CSAT ≥ 4 after a negative one (`f`) on its deal by asOf ($3): one probe of
 * feedback_deal_time_idx. Recovered within 14 days iff it lies at most 14 × 86400 s after `f` — the
 * reading of RECOVERY_RATE (docs/kpis.md#RECOVERY_RATE; the same instant does not count).
 */
const RECOVERY_JOIN = `
LEFT JOIN LATERAL (
  SELECT min(g.occurred_at) AS recovered_at
  FROM feedback g
  WHERE g.deal_id = f.deal_id AND g.csat >= 4 AND g.occurred_at > f.occurred_at AND g.occurred_at <= $3
) r ON f.csat <= 2`;

const RECOVERY_CLASS = `
CASE WHEN f.csat > 2 THEN NULL
     -- 14 days of 86400 s, whatever the session's time zone (as the RECOVERY_RATE SQL)
     WHEN r.recovered_at <= f.occurred_at + interval '336 hours' THEN 'RECOVERED_WITHIN_14_DAYS'
     WHEN r.recovered_at IS NOT NULL THEN 'RECOVERED_LATER'
     ELSE 'NOT_RECOVERED' END`;

/** A feedback list statement and its parameters. */
export interface FeedbackStatement {
  readonly sql: string;
  readonly parameters: unknown[];
}

/** The matching feedback of the list: the FROM and WHERE shared by its count and its rows. */
function matching(base: readonly unknown[], conditions: FeedbackConditions): { from: string; parameters: unknown[] } {
  const parameters = [...base];
  const parameter = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const where = [
    'f.occurred_at >= $1',
    'f.occurred_at < $2',
    'd.business_model = ANY($4::text[])',
    '($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))',
    // types asOf, which only the recovery reads (a constant: planned away)
    '$3::timestamptz IS NOT NULL',
  ];
  if (conditions.stages) {
    where.push(`f.stage = ANY(${parameter(conditions.stages)}::text[])`);
  }
  if (conditions.touchpoints) {
    where.push(`f.touchpoint = ANY(${parameter(conditions.touchpoints)}::text[])`);
  }
  if (conditions.csatMin !== null) {
    where.push(`f.csat >= ${parameter(conditions.csatMin)}::int`);
  }
  if (conditions.csatMax !== null) {
    where.push(`f.csat <= ${parameter(conditions.csatMax)}::int`);
  }
  if (conditions.withComment !== null) {
    where.push(
      conditions.withComment
        ? `f.comment IS NOT NULL AND btrim(f.comment) <> ''`
        : `(f.comment IS NULL OR btrim(f.comment) = '')`,
    );
  }
  if (conditions.recovery) {
    // Only negative feedback has a recovery; the class is judged per candidate.
    where.push('f.csat <= 2', `(${RECOVERY_CLASS}) = ANY(${parameter(conditions.recovery)}::text[])`);
  }
  const from = `
FROM feedback f
JOIN deal d ON d.deal_id = f.deal_id${conditions.recovery ? RECOVERY_JOIN : ''}
WHERE ${where.join('\n  AND ')}`;
  return { from, parameters };
}

/**
 * Parameters: $1, $2 the period's instants [from, to), $3 asOf, $4 the business models, $5 the reps of
 * the row scope (NULL: every deal); the conditions' own follow.
 */
export function feedbackCountStatement(base: readonly unknown[], conditions: FeedbackConditions): FeedbackStatement {
  const { from, parameters } = matching(base, conditions);
  return { sql: `SELECT count(*)::int AS total${from}`, parameters };
}

/**
 * The matching feedback newest first (then by id) from `offset`, at most `limit` rows (null: all), each
 * with its deal, rep, team and recovery — computed for the rows answered only. The order walks
 * feedback_time_idx backwards.
 */
export function feedbackRowsStatement(
  base: readonly unknown[],
  conditions: FeedbackConditions,
  page: { readonly offset: number; readonly limit: number | null },
): FeedbackStatement {
  const { from, parameters } = matching(base, conditions);
  const limit = `$${parameters.push(page.limit)}`;
  const offset = `$${parameters.push(page.offset)}`;
  const sql = `
WITH page AS (
  SELECT f.feedback_id, d.business_model, d.rep_id, d.customer_id${from}
  ORDER BY f.occurred_at DESC, f.feedback_id
  LIMIT ${limit}::int OFFSET ${offset}::int
)
SELECT f.feedback_id AS "feedbackId", f.deal_id AS "dealId", p.business_model AS "businessModel",
       p.rep_id AS "repId", u.display_name AS "repName", t.name AS "teamName", p.customer_id AS "customerId",
       f.stage, f.touchpoint, f.occurred_at AS "occurredAt", f.csat::int AS csat, f.nps::int AS nps, f.comment,
       ${RECOVERY_CLASS} AS recovery,
       r.recovered_at AS "recoveredAt"
FROM page p
JOIN feedback f ON f.feedback_id = p.feedback_id
JOIN app_user u ON u.user_id = p.rep_id
LEFT JOIN team t ON t.team_id = u.team_id${RECOVERY_JOIN}
ORDER BY f.occurred_at DESC, f.feedback_id`;
  return { sql, parameters };
}
