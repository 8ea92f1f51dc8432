import type { KpiCode } from '@salesdash/shared/domain';
import type { DealFamilyRow, FeedbackFamilyRow, InteractionFamilyRow, StageFamilyRow } from '@salesdash/api/facts';

/** A scope's target of one KPI for a period and for the part of it that has elapsed (docs/kpis.md#target-to-date). */
export interface ProratedTarget {
  readonly target: number;
  readonly targetToDate: number;
}

/** What a pace compares: a value and the target to date it should have reached. */
export interface PaceInputs {
  readonly value: number | null;
  readonly targetToDate: number | null;
}

/** One KPI of one business model in one period, before any corridor is applied. */
export interface KpiMeasurement {
  readonly kpi: KpiCode;
  readonly businessModel: string;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly target: number | null;
  readonly targetToDate: number | null;
  /** SALES_REP users whose team lies in the scope (1 for a rep), for corridors per rep and month. */
  readonly reps: number;
  /** The KPI's own value and target to date, except QUOTA_ATTAINMENT's: WON_VOLUME's (§4.2). */
  readonly paceOn: PaceInputs;
}

/** The aggregates of one (period, business model); a family absent here had no rows (an empty set). */
export interface FamilyAggregates {
  readonly deal?: DealFamilyRow;
  readonly stage?: StageFamilyRow;
  readonly feedback?: FeedbackFamilyRow;
  readonly interaction?: InteractionFamilyRow;
  /** Prorated target per KPI; absent = no target row overlaps the period (null, not 0). */
  readonly targets: ReadonlyMap<string, ProratedTarget>;
  readonly reps: number;
}

type Reading = { value: number | null; sampleSize: number };

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/**
 * How each KPI is read from the family aggregates (docs/kpis.md, and docs/kpis.md#general-readings: counts and
 * sums are 0 over an empty set, rates, means and medians null). A missing KPI here fails to compile.
 */
const READINGS = {
  NEW_LEADS: ({ deal }) => ({ value: deal?.created ?? 0, sampleSize: deal?.created ?? 0 }),
  LEAD_CONVERSION_RATE: ({ deal }) => ({
    value: ratio(deal?.converted ?? 0, deal?.created ?? 0),
    sampleSize: deal?.created ?? 0,
  }),
  WIN_RATE: ({ stage }) => {
    const decided = (stage?.won ?? 0) + (stage?.lost ?? 0);
    return { value: ratio(stage?.won ?? 0, decided), sampleSize: decided };
  },
  WON_DEALS: ({ stage }) => ({ value: stage?.won ?? 0, sampleSize: stage?.won ?? 0 }),
  WON_VOLUME: ({ stage }) => ({ value: stage?.won_amount ?? 0, sampleSize: stage?.won ?? 0 }),
  AVG_DEAL_SIZE: ({ stage }) => ({
    value: ratio(stage?.won_amount ?? 0, stage?.won ?? 0),
    sampleSize: stage?.won ?? 0,
  }),
  SALES_CYCLE_DAYS: ({ stage }) => ({ value: stage?.sales_cycle_days ?? null, sampleSize: stage?.won ?? 0 }),
  PIPELINE_VALUE: ({ deal }) => ({ value: deal?.open_amount ?? 0, sampleSize: deal?.open_deals ?? 0 }),
  QUOTA_ATTAINMENT: ({ stage, targets }) => {
    const target = targets.get('WON_VOLUME')?.target;
    return {
      value: target !== undefined && target > 0 ? (stage?.won_amount ?? 0) / target : null,
      sampleSize: stage?.won ?? 0,
    };
  },
  ONBOARDING_DAYS: ({ stage }) => ({
    value: stage?.onboarding_days ?? null,
    sampleSize: stage?.onboarded_after_won ?? 0,
  }),
  PAYOUT_FIRST_TIME_RIGHT: ({ stage }) => ({
    value: ratio(stage?.paid_out_complete ?? 0, stage?.paid_out ?? 0),
    sampleSize: stage?.paid_out ?? 0,
  }),
  DEFAULT_RATE: ({ stage }) => ({
    value: ratio(stage?.paid_out_defaulted ?? 0, stage?.paid_out ?? 0),
    sampleSize: stage?.paid_out ?? 0,
  }),
  CSAT: ({ feedback }) => ({ value: feedback?.csat_mean ?? null, sampleSize: feedback?.responses ?? 0 }),
  NPS: ({ feedback }) => {
    const answered = feedback?.nps_answered ?? 0;
    const net = (feedback?.promoters ?? 0) - (feedback?.detractors ?? 0);
    return { value: answered > 0 ? (100 * net) / answered : null, sampleSize: answered };
  },
  NEGATIVE_MOMENT_RATE: ({ feedback }) => ({
    value: ratio(feedback?.negative ?? 0, feedback?.responses ?? 0),
    sampleSize: feedback?.responses ?? 0,
  }),
  RECOVERY_RATE: ({ feedback }) => ({
    value: ratio(feedback?.recovered ?? 0, feedback?.negative ?? 0),
    sampleSize: feedback?.negative ?? 0,
  }),
  FIRST_RESPONSE_HOURS: ({ interaction }) => ({
    value: interaction?.median_response_hours ?? null,
    sampleSize: interaction?.answered_inbound ?? 0,
  }),
  ACTIVITIES: ({ interaction }) => ({ value: interaction?.outbound ?? 0, sampleSize: interaction?.outbound ?? 0 }),
} satisfies Record<KpiCode, (aggregates: FamilyAggregates) => Reading>;

export function measureKpi(kpi: KpiCode, businessModel: string, aggregates: FamilyAggregates): KpiMeasurement {
  const reading = READINGS[kpi](aggregates);
  // QUOTA_ATTAINMENT has no target of its own (§4.1.10): its pace is WON_VOLUME's against WON_VOLUME's target.
  const own = kpi === 'QUOTA_ATTAINMENT' ? undefined : aggregates.targets.get(kpi);
  const wonVolumeToDate = aggregates.targets.get('WON_VOLUME')?.targetToDate ?? null;
  return {
    kpi,
    businessModel,
    ...reading,
    target: own?.target ?? null,
    targetToDate: own?.targetToDate ?? null,
    reps: aggregates.reps,
    paceOn:
      kpi === 'QUOTA_ATTAINMENT'
        ? { value: aggregates.stage?.won_amount ?? 0, targetToDate: wonVolumeToDate }
        : { value: reading.value, targetToDate: own?.targetToDate ?? null },
  };
}
