import { SCOPED_PERIODS_AND_DEALS } from './raw-family-params';

export const INTERACTION_FAMILY_SQL = `
WITH ${SCOPED_PERIODS_AND_DEALS}
SELECT p.period_index, d.business_model, d.group_id,
       count(*) FILTER (WHERE i.direction = 'OUTBOUND')::int AS outbound,
       count(i.response_minutes) FILTER (WHERE i.direction = 'INBOUND')::int AS answered_inbound,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY (i.response_minutes / 60)::float8)
          FILTER (WHERE i.direction = 'INBOUND' AND i.response_minutes IS NOT NULL))::float8
         AS median_response_hours
FROM period p
JOIN interaction i ON i.occurred_at >= p.from_at AND i.occurred_at < p.to_at
JOIN scoped_deal d ON d.deal_id = i.deal_id
GROUP BY p.period_index, d.business_model, d.group_id`;
