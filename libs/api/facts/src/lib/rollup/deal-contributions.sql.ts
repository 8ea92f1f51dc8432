import { ROLLUP_COUNTERS, type RollupCounter } from './rollup-counters';

/** The temporary table of the deals an import touched (created by `FactMaintenance`). */
export const TOUCHED_DEALS = 'fact_touched_deal';

/**
 * The table of per-deal milestones the contributions are summed from (created and dropped by
 * `FactMaintenance` within the writer's transaction): one row per deal of the scope with its own
 * columns, each milestone (the deal's one event of that stage, docs/import.md#stage-rules; closed is
 * its first WON or LOST event), and the times of its first and last event of any stage.
 *
 * Not a temporary table: PostgreSQL's parallel workers cannot read those. Partitioned by rep, so that
 * a sum per day, model and rep is complete within one partition and each partition's sums can run in
 * a worker of their own (CONTRIBUTIONS_SETTINGS). Unlogged: it never outlives the transaction.
 */
export const DEAL_MILESTONES = 'fact_deal';

const MILESTONE_PARTITIONS = 4;

const MILESTONE_COLUMNS: readonly (readonly [name: string, type: string])[] = [
  ['deal_id', 'text COLLATE "C"'],
  ['business_model', 'text COLLATE "C"'],
  ['rep_id', 'text COLLATE "C"'],
  ['created_at', 'timestamptz'],
  ['amount', 'numeric(14,2)'],
  ...['first_event_at', 'last_event_at', 'opportunity_at', 'won_at', 'lost_at', 'onboarded_at', 'paid_out_at'].map(
    (column) => [column, 'timestamptz'] as const,
  ),
  ['paid_out_complete', 'boolean'],
  ['defaulted', 'boolean'],
];

/** DEAL_MILESTONES, empty, with its partitions. */
export function createDealMilestonesSql(): string[] {
  const partitions = Array.from(
    { length: MILESTONE_PARTITIONS },
    (_, remainder) =>
      `CREATE UNLOGGED TABLE ${DEAL_MILESTONES}_${remainder} PARTITION OF ${DEAL_MILESTONES}
       FOR VALUES WITH (MODULUS ${MILESTONE_PARTITIONS}, REMAINDER ${remainder})`,
  );
  return [
    `CREATE TABLE ${DEAL_MILESTONES} (${MILESTONE_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ')})
     PARTITION BY HASH (rep_id)`,
    ...partitions,
  ];
}

/**
 * The planner settings the contributions run with, and those that restore the defaults after. Each
 * kind's sums over DEAL_MILESTONES are computed partition by partition (partitionwise aggregation),
 * the partitions spread over parallel workers; every row such a worker hands on stands for a whole
 * aggregation, so handing it on is costed as free rather than the default cost per row, at which the
 * planner keeps the whole statement in one process.
 */
export const CONTRIBUTIONS_SETTINGS: { readonly apply: readonly string[]; readonly restore: readonly string[] } = {
  apply: [
    'SET LOCAL enable_partitionwise_aggregate = on',
    'SET LOCAL parallel_setup_cost = 0',
    'SET LOCAL parallel_tuple_cost = 0',
  ],
  restore: ['enable_partitionwise_aggregate', 'parallel_setup_cost', 'parallel_tuple_cost'].map(
    (setting) => `SET LOCAL ${setting} TO DEFAULT`,
  ),
};

type KindCounter = Exclude<RollupCounter, 'items'>;

/**
 * One kind of fact: when it happened, the rows it is read from (each with its deal's business_model
 * and rep_id), and what it adds to the counters as aggregates over those rows (every other counter 0).
 */
interface FactKind {
  readonly at: string;
  readonly from: string;
  readonly where?: string;
  readonly adds: Partial<Record<KindCounter, string>>;
}

/** Exact seconds between two instants (microseconds kept). */
const seconds = (later: string, earlier: string) => `extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})`;
const counted = (condition: string) => `count(*) FILTER (WHERE ${condition})::int`;
const ALL = 'count(*)::int';

/**
 * Everything a deal contributes depends on that deal's own rows only (its events, interactions and
 * feedback), so rollups can be maintained deal by deal. Each milestone is the deal's one event of
 * that stage (docs/import.md#stage-rules); a deal is closed by its first WON or LOST event.
 * They are read from DEAL_MILESTONES, and from `scoped_deal`: the deals themselves.
 */
const KINDS: readonly FactKind[] = [
  {
    at: 'd.created_at',
    from: `${DEAL_MILESTONES} d`,
    adds: { created: ALL, created_amount: 'sum(d.amount)', created_converted: 'count(d.opportunity_at)::int' },
  },
  {
    at: 'least(d.won_at, d.lost_at)',
    from: `${DEAL_MILESTONES} d`,
    where: 'd.won_at IS NOT NULL OR d.lost_at IS NOT NULL',
    adds: { closed: ALL, closed_amount: 'sum(d.amount)' },
  },
  {
    at: 'd.won_at',
    from: `${DEAL_MILESTONES} d`,
    where: 'd.won_at IS NOT NULL',
    adds: { won: ALL, won_amount: 'sum(d.amount)', won_cycle_seconds: `sum(${seconds('d.won_at', 'd.created_at')})` },
  },
  {
    at: 'd.lost_at',
    from: `${DEAL_MILESTONES} d`,
    where: 'd.lost_at IS NOT NULL',
    adds: { lost: ALL },
  },
  {
    // an ONBOARDED event without a WON event counts nowhere (§4.1.7)
    at: 'd.onboarded_at',
    from: `${DEAL_MILESTONES} d`,
    where: 'd.onboarded_at IS NOT NULL AND d.won_at IS NOT NULL',
    adds: { onboarded_after_won: ALL, onboarding_seconds: `sum(${seconds('d.onboarded_at', 'd.won_at')})` },
  },
  {
    at: 'd.paid_out_at',
    from: `${DEAL_MILESTONES} d`,
    where: 'd.paid_out_at IS NOT NULL',
    adds: {
      paid_out: ALL,
      paid_out_complete: counted('d.paid_out_complete'),
      paid_out_defaulted: counted('d.defaulted'),
    },
  },
  {
    at: 'f.occurred_at',
    from: 'feedback f JOIN scoped_deal d ON d.deal_id = f.deal_id',
    adds: {
      responses: ALL,
      csat_sum: 'sum(f.csat)',
      nps_answered: 'count(f.nps)::int',
      promoters: counted('f.nps >= 9'),
      detractors: counted('f.nps <= 6'),
      negative: counted('f.csat <= 2'),
      // recovered at any time: whether by asOf is settled when reading (§4.1.4; 14 days of 86400 s)
      recovered: counted(`f.csat <= 2 AND EXISTS (
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
      outbound: counted(`i.direction = 'OUTBOUND'`),
      answered_inbound: counted(`i.direction = 'INBOUND' AND i.response_minutes IS NOT NULL`),
    },
  },
];

const KIND_COUNTERS = ROLLUP_COUNTERS.filter((counter): counter is KindCounter => counter !== 'items');

/**
 * A kind's facts summed per day, model and rep over its own counters only: the final sum then
 * regroups a few rows per key instead of one wide row per fact (14M at ten million events).
 */
function kindSelect(kind: FactKind): string {
  const counters = KIND_COUNTERS.map((counter) => `${kind.adds[counter] ?? '0'} AS ${counter}`);
  return `SELECT (${kind.at} AT TIME ZONE 'UTC')::date AS day, d.business_model, d.rep_id, ${ALL} AS items,
           ${counters.join(', ')}
    FROM ${kind.from}${kind.where ? ` WHERE ${kind.where}` : ''}
    GROUP BY 1, 2, 3`;
}

const DEAL_COLUMNS = new Set(['deal_id', 'business_model', 'rep_id', 'created_at', 'amount']);

/** The rows of DEAL_MILESTONES, in its column order: of all deals, or only of the touched ones. */
export function dealMilestonesSql(deals: 'all' | 'touched'): string {
  const touched = (alias: string) =>
    deals === 'touched' ? ` JOIN ${TOUCHED_DEALS} t ON t.deal_id = ${alias}.deal_id` : '';
  return `
    SELECT ${MILESTONE_COLUMNS.map(([name]) => (DEAL_COLUMNS.has(name) ? `d.${name}` : `m.${name}`)).join(', ')}
    FROM deal d${touched('d')}
    LEFT JOIN (
      SELECT e.deal_id, min(e.occurred_at) AS first_event_at, max(e.occurred_at) AS last_event_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'OPPORTUNITY') AS opportunity_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'WON') AS won_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'LOST') AS lost_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'ONBOARDED') AS onboarded_at,
             min(e.occurred_at) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_at,
             bool_or(e.info_complete) FILTER (WHERE e.stage = 'PAID_OUT') AS paid_out_complete,
             bool_or(e.stage = 'DEFAULTED') AS defaulted
      FROM stage_event e${touched('e')}
      GROUP BY e.deal_id
    ) m ON m.deal_id = d.deal_id`;
}

/**
 * What the deals of DEAL_MILESTONES add to each (day, business model, rep): all deals, or only the
 * touched ones (whose milestones it then holds). Days are UTC days, like the periods they are summed
 * into.
 */
export function dealContributionsSql(deals: 'all' | 'touched'): string {
  const touched = deals === 'touched' ? ` JOIN ${TOUCHED_DEALS} t ON t.deal_id = d.deal_id` : '';
  const sums = ROLLUP_COUNTERS.map((counter) => `sum(${counter}) AS ${counter}`);
  return `
    WITH scoped_deal AS NOT MATERIALIZED (
      SELECT d.deal_id, d.business_model, d.rep_id FROM deal d${touched}
    ),
    kind AS (
      ${KINDS.map(kindSelect).join('\n      UNION ALL ')}
    )
    SELECT day, business_model, rep_id, ${sums.join(', ')}
    FROM kind
    GROUP BY 1, 2, 3`;
}
