/** The stages before a decision, in journey order: where an open deal stands. */
export const OPEN_STAGES = ['SUSPECT', 'PROSPECT', 'CHAMPION', 'OPPORTUNITY'] as const;

/**
 * The deals of one rep ($1; one business model $2, or all when null) as they stood at $3 (asOf) that
 * are still open or may need action: open (no WON or LOST event by asOf — the deals PIPELINE_VALUE
 * counts), won but not yet onboarded or paid out, or paid out since $4 without complete information.
 * Events and activities after asOf do not count. One index probe per deal of the rep on
 * `stage_event_one_per_stage`, and one on `interaction_deal_idx` for the open ones.
 */
export const REP_DEALS_SQL = `
SELECT d.deal_id AS "dealId", d.customer_id AS "customerId", d.business_model AS "businessModel",
       d.segment, d.created_at AS "createdAt", d.amount::float8 AS amount,
       s.open, s.stage, s.stage_at AS "stageAt", s.won_at AS "wonAt", s.onboarded,
       s.paid_out_at AS "paidOutAt", s.paid_out_info AS "paidOutInfoComplete",
       a.last_activity_at AS "lastActivityAt"
FROM deal d
CROSS JOIN LATERAL (
  SELECT coalesce(NOT bool_or(e.stage IN ('WON', 'LOST')), true) AS open,
         -- the furthest stage of the way to a decision, and when it was reached
         (array_agg(e.stage ORDER BY array_position(${stageArray()}, e.stage) DESC)
            FILTER (WHERE e.stage IN ${stageList()}))[1] AS stage,
         (array_agg(e.occurred_at ORDER BY array_position(${stageArray()}, e.stage) DESC)
            FILTER (WHERE e.stage IN ${stageList()}))[1] AS stage_at,
         min(e.occurred_at) FILTER (WHERE e.stage = 'WON') AS won_at,
         coalesce(bool_or(e.stage IN ('ONBOARDED', 'PAID_OUT')), false) AS onboarded,
         min(e.occurred_at) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_at,
         bool_and(e.info_complete) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_info
  FROM stage_event e
  WHERE e.deal_id = d.deal_id AND e.occurred_at <= $3
) s
LEFT JOIN LATERAL (
  SELECT max(i.occurred_at) AS last_activity_at
  FROM interaction i
  WHERE i.deal_id = d.deal_id AND i.direction = 'OUTBOUND' AND i.occurred_at <= $3
) a ON s.open
WHERE d.rep_id = $1
  AND ($2::text IS NULL OR d.business_model = $2)
  AND d.created_at <= $3
  AND (s.open
       OR (s.won_at IS NOT NULL AND NOT s.onboarded)
       OR (s.paid_out_at >= $4 AND s.paid_out_info IS NOT TRUE))
ORDER BY d.created_at, d.deal_id`;

function stageArray(): string {
  return `ARRAY[${OPEN_STAGES.map((stage) => `'${stage}'`).join(', ')}]::text[]`;
}

function stageList(): string {
  return `(${OPEN_STAGES.map((stage) => `'${stage}'`).join(', ')})`;
}
