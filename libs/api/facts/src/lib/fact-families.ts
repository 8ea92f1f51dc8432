/**
 * What the facts layer answers: per period, business model and (measured by rep) rep, the aggregates
 * each KPI family is read from. Both read paths — rollups and the raw facts — give the same rows.
 */
export type FactFamily = 'deal' | 'stage' | 'feedback' | 'interaction';

export interface FactQuery {
  /** Periods as calendar dates, `to` exclusive (docs/kpis.md#filters); one for kpiValues, several for a trend. */
  readonly periods: readonly { readonly from: string; readonly to: string }[];
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  /** The row scope, always given: the reps whose deals count, or null for every deal (the company). */
  readonly repIds: readonly string[] | null;
  /**
   * Several scopes measured at once, each as if alone (a team each, a rep each): the reps of the row
   * scope with the group each counts for, as pairs — a rep may count for several groups, and a rep of
   * no pair for none. Null: the whole row scope is one group.
   */
  readonly groups: ScopeGroups | null;
  readonly families: readonly FactFamily[];
}

/** Reps and the group each counts for, pair by pair (equal lengths). */
export interface ScopeGroups {
  readonly repIds: readonly string[];
  readonly groupIds: readonly string[];
}

/** The group every family row belongs to: a period (1-based), a business model and, grouped, the group. */
export interface FamilyGroup {
  period_index: number;
  business_model: string;
  group_id: string | null;
}

/** NEW_LEADS, LEAD_CONVERSION_RATE and PIPELINE_VALUE: facts of the deals themselves. */
export interface DealFamilyRow extends FamilyGroup {
  created: number;
  converted: number;
  open_deals: number;
  open_amount: number;
}

/** KPIs read from WON, LOST, ONBOARDED and PAID_OUT events in the period. */
export interface StageFamilyRow extends FamilyGroup {
  won: number;
  lost: number;
  won_amount: number;
  sales_cycle_days: number | null;
  onboarded_after_won: number;
  onboarding_days: number | null;
  paid_out: number;
  paid_out_complete: number;
  paid_out_defaulted: number;
}

/** CSAT, NPS, NEGATIVE_MOMENT_RATE and RECOVERY_RATE: the customer's voice. */
export interface FeedbackFamilyRow extends FamilyGroup {
  responses: number;
  csat_mean: number | null;
  nps_answered: number;
  promoters: number;
  detractors: number;
  negative: number;
  recovered: number;
}

/** FIRST_RESPONSE_HOURS and ACTIVITIES. Interactions belong to the scope of their deal, not their rep. */
export interface InteractionFamilyRow extends FamilyGroup {
  outbound: number;
  answered_inbound: number;
  median_response_hours: number | null;
}

/** The rows of the families asked for; a group without facts has no row (an empty set). */
export interface FamilyRows {
  deal?: DealFamilyRow[];
  stage?: StageFamilyRow[];
  feedback?: FeedbackFamilyRow[];
  interaction?: InteractionFamilyRow[];
}
