import { ROLLUP_COUNTERS, type RollupCounter } from './rollup-counters';

/** The temporary table of the deals an import touched (created by `FactMaintenance`). */
export const TOUCHED_DEALS = 'fact_touched_deal';

/** One kind of fact: when it happened, its deal's model and rep, and what it adds (every other counter 0). */
interface FactItem {
  readonly at: string;
  readonly from: string;
  readonly where?: string;
  readonly adds: Partial<Record<Exclude<RollupCounter, 'items'>, string>>;
}

function itemSelect(item: FactItem): string {
  const counters = ROLLUP_COUNTERS.filter((counter) => counter !== 'items').map(
    (counter) => `${item.adds[counter] ?? '0'} AS ${counter}`,
  );
  return `SELECT ${item.at} AS at, d.business_model, d.rep_id, ${counters.join(', ')}
    FROM ${item.from}${item.where ? ` WHERE ${item.where}` : ''}`;
}

/** Exact seconds between two instants (microseconds kept). */
const seconds = (later: string, earlier: string) => `extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})`;
const flag = (condition: string) => `(${condition})::int`;

/**
 * Everything a deal contributes depends on that deal's own rows only (its events, interactions and
 * feedback), so rollups can be maintained deal by deal. Each milestone is the deal's one event of
 * that stage (docs/import.md#stage-rules); a deal is closed by its first WON or LOST event.
 */
const ITEMS: readonly FactItem[] = [
  {
    at: 'd.created_at',
    from: 'scoped_deal d LEFT JOIN milestone m ON m.deal_id = d.deal_id',
    adds: { created: '1', created_amount: 'd.amount', created_converted: flag('m.opportunity_at IS NOT NULL') },
  },
  {
    at: 'least(m.won_at, m.lost_at)',
    from: 'scoped_deal d JOIN milestone m ON m.deal_id = d.deal_id',
    where: 'm.won_at IS NOT NULL OR m.lost_at IS NOT NULL',
    adds: { closed: '1', closed_amount: 'd.amount' },
  },
  {
    at: 'm.won_at',
    from: 'scoped_deal d JOIN milestone m ON m.deal_id = d.deal_id',
    where: 'm.won_at IS NOT NULL',
    adds: { won: '1', won_amount: 'd.amount', won_cycle_seconds: seconds('m.won_at', 'd.created_at') },
  },
  {
    at: 'm.lost_at',
    from: 'scoped_deal d JOIN milestone m ON m.deal_id = d.deal_id',
    where: 'm.lost_at IS NOT NULL',
    adds: { lost: '1' },
  },
  {
    // an ONBOARDED event without a WON event counts nowhere (§4.1.7)
    at: 'm.onboarded_at',
    from: 'scoped_deal d JOIN milestone m ON m.deal_id = d.deal_id',
    where: 'm.onboarded_at IS NOT NULL AND m.won_at IS NOT NULL',
    adds: { onboarded_after_won: '1', onboarding_seconds: seconds('m.onboarded_at', 'm.won_at') },
  },
  {
    at: 'm.paid_out_at',
    from: 'scoped_deal d JOIN milestone m ON m.deal_id = d.deal_id',
    where: 'm.paid_out_at IS NOT NULL',
    adds: {
      paid_out: '1',
      paid_out_complete: flag('m.paid_out_complete IS TRUE'),
      paid_out_defaulted: flag('m.defaulted'),
    },
  },
  {
    at: 'f.occurred_at',
    from: 'feedback f JOIN scoped_deal d ON d.deal_id = f.deal_id',
    adds: {
      responses: '1',
      csat_sum: 'f.csat',
      nps_answered: flag('f.nps IS NOT NULL'),
      promoters: flag('f.nps >= 9 IS TRUE'),
      detractors: flag('f.nps <= 6 IS TRUE'),
      negative: flag('f.csat <= 2'),
      // recovered at any time: whether by asOf is settled when reading (§4.1.4; 14 days of 86400 s)
      recovered: flag(`f.csat <= 2 AND EXISTS (
        SELECT 1 FROM feedback g
        WHERE g.deal_id = f.deal_id AND g.csat >= 4
          AND g.occurred_at > f.occurred_at AND g.occurred_at <= f.occurred_at + interval '336 hours')`),
    },
  },
  {
    at: 'i.occurred_at',
    from: 'interaction i JOIN scoped_deal d ON d.deal_id = i.deal_id',
    where: `i.direction = 'OUTBOUND' OR i.response_minutes IS NOT NULL`,
    adds: {
      outbound: flag(`i.direction = 'OUTBOUND'`),
      answered_inbound: flag(`i.direction = 'INBOUND' AND i.response_minutes IS NOT NULL`),
    },
  },
];

/**
 * What the deals add to each (day, business model, rep): all deals, or only the touched ones.
 * Days are UTC days, like the periods they are summed into.
 */
export function dealContributionsSql(deals: 'all' | 'touched'): string {
  const touched = (alias: string) =>
    deals === 'touched' ? ` JOIN ${TOUCHED_DEALS} t ON t.deal_id = ${alias}.deal_id` : '';
  const sums = ROLLUP_COUNTERS.filter((counter) => counter !== 'items').map(
    (counter) => `sum(${counter}) AS ${counter}`,
  );
  return `
    WITH scoped_deal AS (
      SELECT d.deal_id, d.business_model, d.rep_id, d.created_at, d.amount FROM deal d${touched('d')}
    ),
    milestone AS (
      SELECT e.deal_id,
             min(e.occurred_at) FILTER (WHERE e.stage = 'OPPORTUNITY') AS opportunity_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'WON') AS won_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'LOST') AS lost_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'ONBOARDED') AS onboarded_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_at,
             bool_or(e.info_complete) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_complete,
             bool_or(e.stage = 'DEFAULTED') AS defaulted
      FROM stage_event e${touched('e')}
      WHERE e.stage IN ('OPPORTUNITY', 'WON', 'LOST', 'ONBOARDED', 'PAID_OUT', 'DEFAULTED')
      GROUP BY e.deal_id
    ),
    item AS (
      ${ITEMS.map(itemSelect).join('\n      UNION ALL ')}
    )
    SELECT (at AT TIME ZONE 'UTC')::date AS day, business_model, rep_id, count(*) AS items, ${sums.join(', ')}
    FROM item
    GROUP BY 1, 2, 3`;
}
