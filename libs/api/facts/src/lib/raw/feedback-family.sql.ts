import { SCOPED_PERIODS_AND_DEALS } from './raw-family-params';

export const FEEDBACK_FAMILY_SQL = `
WITH ${SCOPED_PERIODS_AND_DEALS}
SELECT p.period_index, d.business_model, d.group_id,
       count(*)::int AS responses,
       avg(f.csat)::float8 AS csat_mean,
       count(f.nps)::int AS nps_answered,
       count(*) FILTER (WHERE f.nps >= 9)::int AS promoters,
       count(*) FILTER (WHERE f.nps <= 6)::int AS detractors,
       count(*) FILTER (WHERE f.csat <= 2)::int AS negative,
       count(*) FILTER (WHERE f.csat <= 2 AND EXISTS (
         SELECT 1 FROM feedback g
         WHERE g.deal_id = f.deal_id AND g.csat >= 4
           AND g.occurred_at > f.occurred_at
           -- 14 days of 86400 s, whatever the session's time zone (§4.1.4)
           AND g.occurred_at <= f.occurred_at + interval '336 hours'
           AND g.occurred_at <= $3))::int AS recovered
FROM period p
JOIN feedback f ON f.occurred_at >= p.from_at AND f.occurred_at < p.to_at
JOIN scoped_deal d ON d.deal_id = f.deal_id
GROUP BY p.period_index, d.business_model, d.group_id`;
