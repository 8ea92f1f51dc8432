import { daysBetweenSql, SCOPED_PERIODS_AND_DEALS } from './raw-family-params';

export const STAGE_FAMILY_SQL = `
WITH ${SCOPED_PERIODS_AND_DEALS}
SELECT p.period_index, d.business_model, d.group_id,
       count(*) FILTER (WHERE e.stage = 'WON')::int AS won,
       count(*) FILTER (WHERE e.stage = 'LOST')::int AS lost,
       coalesce(sum(d.amount) FILTER (WHERE e.stage = 'WON'), 0)::float8 AS won_amount,
       (avg(${daysBetweenSql('e.occurred_at', 'd.created_at')}) FILTER (WHERE e.stage = 'WON'))::float8
         AS sales_cycle_days,
       count(won.event_id) FILTER (WHERE e.stage = 'ONBOARDED')::int AS onboarded_after_won,
       (avg(${daysBetweenSql('e.occurred_at', 'won.occurred_at')}) FILTER (WHERE e.stage = 'ONBOARDED'))::float8
         AS onboarding_days,
       count(*) FILTER (WHERE e.stage = 'PAID_OUT')::int AS paid_out,
       count(*) FILTER (WHERE e.stage = 'PAID_OUT' AND e.info_complete)::int AS paid_out_complete,
       count(defaulted.event_id) FILTER (WHERE e.stage = 'PAID_OUT')::int AS paid_out_defaulted
FROM period p
JOIN stage_event e ON e.occurred_at >= p.from_at AND e.occurred_at < p.to_at
                  AND e.stage IN ('WON', 'LOST', 'ONBOARDED', 'PAID_OUT')
JOIN scoped_deal d ON d.deal_id = e.deal_id
-- a deal onboarded without a WON event gets NULL here and drops out of ONBOARDING_DAYS (§4.1.7)
LEFT JOIN stage_event won ON e.stage = 'ONBOARDED' AND won.deal_id = e.deal_id AND won.stage = 'WON'
-- DEFAULTED may lie after the period; only asOf limits it (§4.1.3)
LEFT JOIN stage_event defaulted ON e.stage = 'PAID_OUT' AND defaulted.deal_id = e.deal_id
                               AND defaulted.stage = 'DEFAULTED' AND defaulted.occurred_at <= $3
GROUP BY p.period_index, d.business_model, d.group_id`;
