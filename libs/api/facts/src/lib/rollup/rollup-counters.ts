/**
 * The columns every rollup row carries (migration 1732600000000 creates them): what one day or month of
 * one business model, for one rep or the whole company, adds to the KPIs that can be summed. Each is a
 * plain sum, so rollups of different grains and scopes add up, and an import changes them by adding
 * the difference between a deal's contribution after and before it was written.
 */
export const ROLLUP_COUNTERS = [
  /** Facts that contributed to the row; 0 means the row can go. */
  'items',
  /** Deals created (NEW_LEADS, and the inflow of PIPELINE_VALUE), their amount, and how many have an OPPORTUNITY event at all. */
  'created',
  'created_amount',
  'created_converted',
  /** Deals closed by their first WON or LOST event (the outflow of PIPELINE_VALUE), and their amount. */
  'closed',
  'closed_amount',
  /** WON events, the won deals' amount and the seconds from created to WON. */
  'won',
  'won_amount',
  'won_cycle_seconds',
  'lost',
  /** ONBOARDED events of deals with a WON event, and the seconds from WON to ONBOARDED. */
  'onboarded_after_won',
  'onboarding_seconds',
  /** PAID_OUT events, those with complete information, and those whose deal has a DEFAULTED event at all. */
  'paid_out',
  'paid_out_complete',
  'paid_out_defaulted',
  /** Feedback: rows, the sum of csat, answered NPS, promoters, detractors, negative ones, and those recovered at all. */
  'responses',
  'csat_sum',
  'nps_answered',
  'promoters',
  'detractors',
  'negative',
  'recovered',
  /** OUTBOUND interactions and INBOUND ones with a response time. */
  'outbound',
  'answered_inbound',
] as const;

export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];

/** A rollup table: its time grain column and whether it is per rep (else per business model only). */
export interface RollupTable {
  readonly name: string;
  readonly grain: 'day' | 'month';
  readonly perRep: boolean;
}

export const ROLLUP_TABLES = {
  repDay: { name: 'fact_rep_day', grain: 'day', perRep: true },
  repMonth: { name: 'fact_rep_month', grain: 'month', perRep: true },
  modelDay: { name: 'fact_model_day', grain: 'day', perRep: false },
  modelMonth: { name: 'fact_model_month', grain: 'month', perRep: false },
} as const satisfies Record<string, RollupTable>;

/** The response-time buckets per business model (the median's first step). */
export const BUCKET_TABLES = {
  day: { name: 'response_bucket_day', grain: 'day', perRep: false },
  month: { name: 'response_bucket_month', grain: 'month', perRep: false },
} as const satisfies Record<string, RollupTable>;

/** The key columns of a rollup table, in its primary key's order. */
export function rollupKey(table: RollupTable): string[] {
  return table.perRep ? ['rep_id', 'business_model', table.grain] : ['business_model', table.grain];
}

/** Responses slower than a year all share the last bucket; below it each bucket spans about 1.6 %. */
const FINEST_BUCKETS_UP_TO_MINUTES = 525_600;

/** The lower bound of bucket k (k ≥ 1): exp(k / 64) − 1 minutes; bucket 0 holds everything below the first. */
const BUCKET_LOWER_BOUNDS = Array.from(
  { length: Math.floor(64 * Math.log1p(FINEST_BUCKETS_UP_TO_MINUTES)) },
  (_, index) => Math.expm1((index + 1) / 64),
);

/**
 * The response-time bucket of a number of minutes: logarithmic, so each holds about 1.6 % of the
 * values' range wherever they lie, and monotonic by construction — width_bucket compares the value
 * exactly with sorted bounds, so the values of one bucket are all larger than those of the buckets
 * before it. (The logarithm of a numeric itself costs microseconds per row: seconds per million.)
 */
export const RESPONSE_BUCKET_SQL = (minutes: string): string =>
  `width_bucket((${minutes})::float8, '{${BUCKET_LOWER_BOUNDS.join(',')}}'::float8[])`;
