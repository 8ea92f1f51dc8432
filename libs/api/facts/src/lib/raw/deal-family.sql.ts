import { SCOPED_PERIODS_AND_DEALS } from './raw-family-params';

export const DEAL_FAMILY_SQL = `
WITH ${SCOPED_PERIODS_AND_DEALS},
  deal_milestone AS (
    SELECT d.deal_id, d.business_model, d.group_id, d.created_at, d.amount,
           min(e.occurred_at) FILTER (WHERE e.stage = 'OPPORTUNITY') AS opportunity_at,
           min(e.occurred_at) FILTER (WHERE e.stage IN ('WON', 'LOST')) AS closed_at
    FROM scoped_deal d
    LEFT JOIN stage_event e ON e.deal_id = d.deal_id AND e.stage IN ('OPPORTUNITY', 'WON', 'LOST')
    GROUP BY d.deal_id, d.business_model, d.group_id, d.created_at, d.amount
  )
SELECT p.period_index, m.business_model, m.group_id,
       count(*) FILTER (WHERE m.created_at >= p.from_at AND m.created_at < p.to_at)::int AS created,
       count(*) FILTER (WHERE m.created_at >= p.from_at AND m.created_at < p.to_at
                          AND m.opportunity_at <= $3)::int AS converted,
       count(*) FILTER (WHERE m.created_at < p.to_at
                          AND (m.closed_at IS NULL OR m.closed_at >= p.to_at))::int AS open_deals,
       coalesce(sum(m.amount) FILTER (WHERE m.created_at < p.to_at
                          AND (m.closed_at IS NULL OR m.closed_at >= p.to_at)), 0)::float8 AS open_amount
FROM period p
CROSS JOIN deal_milestone m
GROUP BY p.period_index, m.business_model, m.group_id`;
