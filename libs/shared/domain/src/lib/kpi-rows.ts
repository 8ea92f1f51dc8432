import type { KpiCode } from './kpi-catalogue';

/** What a KPI counts, one row each: its sampleSize is the number of these rows in the filter. */
export const KPI_ROW_KINDS = ['DEAL', 'STAGE_EVENT', 'INTERACTION', 'FEEDBACK'] as const;
export type KpiRowKind = (typeof KPI_ROW_KINDS)[number];

/** The number a row brings into a mean or median (null for KPIs that only count or sum amounts). */
export const KPI_ROW_MEASURES = ['DAYS', 'HOURS', 'CSAT', 'NPS'] as const;
export type KpiRowMeasure = (typeof KPI_ROW_MEASURES)[number];

/** Where a row of a rate or score KPI falls: the outcomes of one KPI split its rows without overlap. */
export const KPI_ROW_OUTCOMES = [
  'CONVERTED',
  'NOT_CONVERTED',
  'WON',
  'LOST',
  'COMPLETE',
  'INCOMPLETE',
  'NOT_STATED',
  'DEFAULTED',
  'NOT_DEFAULTED',
  'PROMOTER',
  'PASSIVE',
  'DETRACTOR',
  'NEGATIVE',
  'NOT_NEGATIVE',
  'RECOVERED',
  'NOT_RECOVERED',
] as const;
export type KpiRowOutcome = (typeof KPI_ROW_OUTCOMES)[number];

export interface KpiRowsDefinition {
  readonly kind: KpiRowKind;
  readonly measure: KpiRowMeasure | null;
  /** Every outcome a row can have, numerator first (empty: the KPI has no outcomes). */
  readonly outcomes: readonly KpiRowOutcome[];
  /** The outcomes a rate counts in its numerator (NPS: promoters add, detractors subtract). */
  readonly numerator: readonly KpiRowOutcome[];
}

const deals = (outcomes: readonly KpiRowOutcome[] = [], numerator: readonly KpiRowOutcome[] = []) =>
  ({ kind: 'DEAL', measure: null, outcomes, numerator }) as const;
const wonEvents = (measure: KpiRowMeasure | null = null) =>
  ({ kind: 'STAGE_EVENT', measure, outcomes: [], numerator: [] }) as const;
const feedback = (measure: KpiRowMeasure, outcomes: readonly KpiRowOutcome[], numerator: readonly KpiRowOutcome[]) =>
  ({ kind: 'FEEDBACK', measure, outcomes, numerator }) as const;

/**
 * The rows behind each KPI (docs/kpis.md): deals for the deal KPIs, the WON, LOST, ONBOARDED or
 * PAID_OUT events of the period, interactions, feedback — exactly what its sampleSize counts.
 */
export const KPI_ROWS: Readonly<Record<KpiCode, KpiRowsDefinition>> = {
  NEW_LEADS: deals(),
  LEAD_CONVERSION_RATE: deals(['CONVERTED', 'NOT_CONVERTED'], ['CONVERTED']),
  WIN_RATE: { kind: 'STAGE_EVENT', measure: null, outcomes: ['WON', 'LOST'], numerator: ['WON'] },
  WON_DEALS: wonEvents(),
  WON_VOLUME: wonEvents(),
  AVG_DEAL_SIZE: wonEvents(),
  SALES_CYCLE_DAYS: wonEvents('DAYS'),
  PIPELINE_VALUE: deals(),
  QUOTA_ATTAINMENT: wonEvents(),
  ONBOARDING_DAYS: wonEvents('DAYS'),
  PAYOUT_FIRST_TIME_RIGHT: {
    kind: 'STAGE_EVENT',
    measure: null,
    outcomes: ['COMPLETE', 'INCOMPLETE', 'NOT_STATED'],
    numerator: ['COMPLETE'],
  },
  DEFAULT_RATE: {
    kind: 'STAGE_EVENT',
    measure: null,
    outcomes: ['DEFAULTED', 'NOT_DEFAULTED'],
    numerator: ['DEFAULTED'],
  },
  CSAT: feedback('CSAT', [], []),
  NPS: feedback('NPS', ['PROMOTER', 'PASSIVE', 'DETRACTOR'], ['PROMOTER']),
  NEGATIVE_MOMENT_RATE: feedback('CSAT', ['NEGATIVE', 'NOT_NEGATIVE'], ['NEGATIVE']),
  RECOVERY_RATE: feedback('CSAT', ['RECOVERED', 'NOT_RECOVERED'], ['RECOVERED']),
  FIRST_RESPONSE_HOURS: { kind: 'INTERACTION', measure: 'HOURS', outcomes: [], numerator: [] },
  ACTIVITIES: { kind: 'INTERACTION', measure: null, outcomes: [], numerator: [] },
};

/** How a page of rows may be ordered. */
export const KPI_ROW_ORDERS = ['AT', 'AMOUNT', 'MEASURE'] as const;
export type KpiRowOrder = (typeof KPI_ROW_ORDERS)[number];
