import type { JourneyStage } from './journey';
import type { Role } from './roles';

export const KPI_CODES = [
  'NEW_LEADS',
  'LEAD_CONVERSION_RATE',
  'WIN_RATE',
  'WON_DEALS',
  'WON_VOLUME',
  'AVG_DEAL_SIZE',
  'SALES_CYCLE_DAYS',
  'PIPELINE_VALUE',
  'QUOTA_ATTAINMENT',
  'ONBOARDING_DAYS',
  'PAYOUT_FIRST_TIME_RIGHT',
  'DEFAULT_RATE',
  'CSAT',
  'NPS',
  'NEGATIVE_MOMENT_RATE',
  'RECOVERY_RATE',
  'FIRST_RESPONSE_HOURS',
  'ACTIVITIES',
] as const;
export type KpiCode = (typeof KPI_CODES)[number];

export const KPI_UNITS = ['COUNT', 'RATE', 'EUR', 'DAYS', 'HOURS', 'SCORE', 'NPS'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Where on the journey a KPI is read; ANY = the customer's voice and activity along all of it. */
export type KpiStage = JourneyStage | 'ANY';

/**
 * How the value is aggregated. It settles the empty-set reading of docs/kpis.md#general-readings: counts and sums
 * are 0 over an empty set, rates, means and medians are null.
 */
export type KpiAggregation = 'COUNT' | 'SUM' | 'RATE' | 'MEAN' | 'MEDIAN' | 'RATIO';

/**
 * Which side of a KPI's range is good: more, less, or a middle (both sides matter). Suggestions of
 * corridor bands follow it; a corridor itself may still be set on either side.
 */
export const KPI_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'BOTH_SIDES'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export interface KpiDefinition {
  readonly code: KpiCode;
  readonly name: string;
  readonly unit: KpiUnit;
  readonly stage: KpiStage;
  readonly aggregation: KpiAggregation;
  readonly direction: KpiDirection;
  /** For BOTH_SIDES: what goes wrong on each side. */
  readonly directionReason?: string;
  readonly description: string;
  /** What `sampleSize` counts for this KPI. */
  readonly sampleSizeOf: string;
}

/** The closed range a value of each unit can take; corridor bounds must lie inside it. */
export const UNIT_RANGES: Readonly<Record<KpiUnit, { readonly min: number; readonly max: number }>> = {
  COUNT: { min: 0, max: Number.MAX_SAFE_INTEGER },
  RATE: { min: 0, max: 1 },
  EUR: { min: 0, max: Number.MAX_SAFE_INTEGER },
  DAYS: { min: 0, max: Number.MAX_SAFE_INTEGER },
  HOURS: { min: 0, max: Number.MAX_SAFE_INTEGER },
  SCORE: { min: 1, max: 5 },
  NPS: { min: -100, max: 100 },
};

const definitions: readonly KpiDefinition[] = [
  {
    code: 'NEW_LEADS',
    name: 'New leads',
    unit: 'COUNT',
    stage: 'SUSPECT',
    aggregation: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    description: 'Deals created in the period.',
    sampleSizeOf: 'deals created in the period',
  },
  {
    code: 'LEAD_CONVERSION_RATE',
    name: 'Lead conversion rate',
    unit: 'RATE',
    stage: 'PROSPECT',
    aggregation: 'RATE',
    direction: 'HIGHER_IS_BETTER',
    description:
      'Of the deals created in the period, the share with an OPPORTUNITY event by the as-of instant (which may lie after the period end).',
    sampleSizeOf: 'deals created in the period',
  },
  {
    code: 'WIN_RATE',
    name: 'Win rate',
    unit: 'RATE',
    stage: 'OPPORTUNITY',
    aggregation: 'RATE',
    direction: 'HIGHER_IS_BETTER',
    description:
      'Won / (won + lost), counting the WON and LOST events in the period; every LOST event counts, also of deals lost before they reached OPPORTUNITY.',
    sampleSizeOf: 'WON and LOST events in the period',
  },
  {
    code: 'WON_DEALS',
    name: 'Won deals',
    unit: 'COUNT',
    stage: 'WON',
    aggregation: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    description: 'WON events in the period.',
    sampleSizeOf: 'WON events in the period',
  },
  {
    code: 'WON_VOLUME',
    name: 'Won volume',
    unit: 'EUR',
    stage: 'WON',
    aggregation: 'SUM',
    direction: 'HIGHER_IS_BETTER',
    description: 'Sum of the amounts of the deals with a WON event in the period.',
    sampleSizeOf: 'WON events in the period',
  },
  {
    code: 'AVG_DEAL_SIZE',
    directionReason: 'Too small a deal does not pay for its process, too large a one belongs in a stricter one.',
    name: 'Average deal size',
    unit: 'EUR',
    stage: 'WON',
    aggregation: 'MEAN',
    direction: 'BOTH_SIDES',
    description: 'Won volume / won deals: the mean amount of the deals won in the period.',
    sampleSizeOf: 'WON events in the period',
  },
  {
    code: 'SALES_CYCLE_DAYS',
    directionReason: 'Too fast a close skips structuring and credit checks, too slow a one loses the customer.',
    name: 'Sales cycle',
    unit: 'DAYS',
    stage: 'WON',
    aggregation: 'MEAN',
    direction: 'BOTH_SIDES',
    description: 'Mean days from deal creation to WON, over deals won in the period.',
    sampleSizeOf: 'deals won in the period',
  },
  {
    code: 'PIPELINE_VALUE',
    directionReason: 'Too little is an empty funnel, too much is stale applications nobody works.',
    name: 'Pipeline value',
    unit: 'EUR',
    stage: 'OPPORTUNITY',
    aggregation: 'SUM',
    direction: 'BOTH_SIDES',
    description:
      'Sum of the amounts of the deals created before the period end and neither won nor lost before it; the period start and the as-of instant do not matter.',
    sampleSizeOf: 'open deals at the period end',
  },
  {
    code: 'QUOTA_ATTAINMENT',
    name: 'Quota attainment',
    unit: 'RATE',
    stage: 'WON',
    aggregation: 'RATIO',
    direction: 'HIGHER_IS_BETTER',
    description:
      'Won volume / the won-volume target of the scope prorated to the period; no value when that target is missing or 0.',
    sampleSizeOf: 'WON events in the period',
  },
  {
    code: 'ONBOARDING_DAYS',
    directionReason: 'Too fast an onboarding skips compliance, too slow a one loses the customer.',
    name: 'Onboarding time',
    unit: 'DAYS',
    stage: 'ONBOARDED',
    aggregation: 'MEAN',
    direction: 'BOTH_SIDES',
    description:
      'Mean days from WON to ONBOARDED, over the deals onboarded in the period; a deal without a WON event is left out.',
    sampleSizeOf: 'deals onboarded in the period (with a WON event)',
  },
  {
    code: 'PAYOUT_FIRST_TIME_RIGHT',
    name: 'Payout first time right',
    unit: 'RATE',
    stage: 'PAID_OUT',
    aggregation: 'RATE',
    direction: 'HIGHER_IS_BETTER',
    description:
      'Share of the payouts (PAID_OUT events) in the period with all essential documents present (info_complete true); a payout that does not say counts as incomplete.',
    sampleSizeOf: 'PAID_OUT events in the period',
  },
  {
    code: 'DEFAULT_RATE',
    name: 'Default rate',
    unit: 'RATE',
    stage: 'PAID_OUT',
    aggregation: 'RATE',
    direction: 'LOWER_IS_BETTER',
    description:
      'Of the deals paid out in the period, the share with a DEFAULTED event by the as-of instant (which may lie after the period end).',
    sampleSizeOf: 'PAID_OUT events in the period',
  },
  {
    code: 'CSAT',
    name: 'Customer satisfaction',
    unit: 'SCORE',
    stage: 'ANY',
    aggregation: 'MEAN',
    direction: 'HIGHER_IS_BETTER',
    description: 'Mean CSAT (1–5) of the feedback in the period.',
    sampleSizeOf: 'feedback rows in the period',
  },
  {
    code: 'NPS',
    name: 'Net promoter score',
    unit: 'NPS',
    stage: 'ANY',
    aggregation: 'RATIO',
    direction: 'HIGHER_IS_BETTER',
    description:
      '100 × (promoters − detractors) / answered, over the feedback in the period with an NPS answer; promoters answer 9–10, detractors 0–6.',
    sampleSizeOf: 'feedback rows with an NPS answer',
  },
  {
    code: 'NEGATIVE_MOMENT_RATE',
    name: 'Negative moments',
    unit: 'RATE',
    stage: 'ANY',
    aggregation: 'RATE',
    direction: 'LOWER_IS_BETTER',
    description: 'Share of the feedback in the period with CSAT ≤ 2.',
    sampleSizeOf: 'feedback rows in the period',
  },
  {
    code: 'RECOVERY_RATE',
    name: 'Recovery rate',
    unit: 'RATE',
    stage: 'ANY',
    aggregation: 'RATE',
    direction: 'HIGHER_IS_BETTER',
    description:
      'Of the negative feedback (CSAT ≤ 2) in the period, the share followed on the same deal by feedback with CSAT ≥ 4 within 14 days after it and by the as-of instant.',
    sampleSizeOf: 'negative feedback rows in the period',
  },
  {
    code: 'FIRST_RESPONSE_HOURS',
    name: 'First response time',
    unit: 'HOURS',
    stage: 'ANY',
    aggregation: 'MEDIAN',
    direction: 'LOWER_IS_BETTER',
    description: 'Median hours to answer the inbound interactions in the period that have a response time.',
    sampleSizeOf: 'inbound interactions with a response time',
  },
  {
    code: 'ACTIVITIES',
    name: 'Activities',
    unit: 'COUNT',
    stage: 'ANY',
    aggregation: 'COUNT',
    direction: 'HIGHER_IS_BETTER',
    description: 'Outbound interactions in the period.',
    sampleSizeOf: 'outbound interactions in the period',
  },
];

export const KPI_CATALOGUE: ReadonlyMap<KpiCode, KpiDefinition> = new Map(definitions.map((d) => [d.code, d]));

export function isKpiCode(value: string): value is KpiCode {
  return KPI_CATALOGUE.has(value as KpiCode);
}

export function kpiDefinition(code: KpiCode): KpiDefinition {
  const definition = KPI_CATALOGUE.get(code);
  if (!definition) {
    throw new Error(`Unknown KPI ${code}`);
  }
  return definition;
}

/**
 * Counts and sums grow with the scope and the period (a team's year is many reps' months), so one
 * corridor cannot judge every view of them alike; rates, means and ratios do not grow. False for a code
 * the catalogue does not know.
 */
export function addsUpOverScope(code: string): boolean {
  const aggregation = KPI_CATALOGUE.get(code as KpiCode)?.aggregation;
  return aggregation === 'COUNT' || aggregation === 'SUM';
}

/**
 * The default responsibility matrix along the journey: which role is responsible for (and sees) which
 * KPI. ADMIN sees everything because administrators support every other role.
 */
export const DEFAULT_RESPONSIBILITY: Readonly<Record<Role, readonly KpiCode[]>> = {
  ADMIN: KPI_CODES,
  MANAGEMENT: KPI_CODES,
  CONTROLLING: KPI_CODES,
  MARKETING: [
    'NEW_LEADS',
    'LEAD_CONVERSION_RATE',
    'CSAT',
    'NPS',
    'NEGATIVE_MOMENT_RATE',
    'RECOVERY_RATE',
    'FIRST_RESPONSE_HOURS',
  ],
  SALES_MANAGER: KPI_CODES.filter((code) => code !== 'DEFAULT_RATE'),
  SALES_REP: [
    'NEW_LEADS',
    'LEAD_CONVERSION_RATE',
    'WIN_RATE',
    'WON_DEALS',
    'WON_VOLUME',
    'AVG_DEAL_SIZE',
    'SALES_CYCLE_DAYS',
    'PIPELINE_VALUE',
    'QUOTA_ATTAINMENT',
    'PAYOUT_FIRST_TIME_RIGHT',
    'CSAT',
    'FIRST_RESPONSE_HOURS',
    'ACTIVITIES',
  ],
};

/** The roles that own a KPI by default (ADMIN supports everyone and owns nothing). */
export function ownerRoles(code: KpiCode): Role[] {
  return (Object.keys(DEFAULT_RESPONSIBILITY) as Role[]).filter(
    (role) => role !== 'ADMIN' && DEFAULT_RESPONSIBILITY[role].includes(code),
  );
}

/** The order in which stages are shown: the journey, then the customer's voice. */
export const KPI_STAGE_ORDER: readonly KpiStage[] = [
  'SUSPECT',
  'PROSPECT',
  'OPPORTUNITY',
  'WON',
  'ONBOARDED',
  'PAID_OUT',
  'ANY',
];
