/// <reference types="@angular/localize" />
import { isKpiCode, type KpiCode } from '@salesdash/shared/domain';

/** How the dashboard names and explains a KPI: the catalogue's texts (libs/shared/domain), in this build's language. */
export interface KpiTexts {
  readonly name: string;
  readonly description: string;
  /** What the sample size n counts, as a plural noun phrase without article ("WON events in the period"). */
  readonly sampleSizeOf: string;
  /** For a KPI judged on both sides: what goes wrong on each. */
  readonly directionReason?: string;
}

/**
 * The texts of every KPI of the catalogue, for translation. The English is exactly the catalogue's, which the API
 * sends too (kpi-catalogue.texts.spec.ts keeps them equal); show these, not the API's, wherever a KPI is named.
 */
export const KPI_CATALOGUE_TEXTS = {
  NEW_LEADS: {
    name: $localize`:@@kpi.catalogue.NEW_LEADS.name:New leads`,
    description: $localize`:@@kpi.catalogue.NEW_LEADS.description:Deals created in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.NEW_LEADS.sampleSizeOf:deals created in the period`,
  },
  LEAD_CONVERSION_RATE: {
    name: $localize`:@@kpi.catalogue.LEAD_CONVERSION_RATE.name:Lead conversion rate`,
    description: $localize`:@@kpi.catalogue.LEAD_CONVERSION_RATE.description:Of the deals created in the period, the share with an OPPORTUNITY event by the as-of instant (which may lie after the period end).`,
    sampleSizeOf: $localize`:@@kpi.catalogue.LEAD_CONVERSION_RATE.sampleSizeOf:deals created in the period`,
  },
  WIN_RATE: {
    name: $localize`:@@kpi.catalogue.WIN_RATE.name:Win rate`,
    description: $localize`:@@kpi.catalogue.WIN_RATE.description:Won / (won + lost), counting the WON and LOST events in the period; every LOST event counts, also of deals lost before they reached OPPORTUNITY.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.WIN_RATE.sampleSizeOf:WON and LOST events in the period`,
  },
  WON_DEALS: {
    name: $localize`:@@kpi.catalogue.WON_DEALS.name:Won deals`,
    description: $localize`:@@kpi.catalogue.WON_DEALS.description:WON events in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.WON_DEALS.sampleSizeOf:WON events in the period`,
  },
  WON_VOLUME: {
    name: $localize`:@@kpi.catalogue.WON_VOLUME.name:Won volume`,
    description: $localize`:@@kpi.catalogue.WON_VOLUME.description:Sum of the amounts of the deals with a WON event in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.WON_VOLUME.sampleSizeOf:WON events in the period`,
  },
  AVG_DEAL_SIZE: {
    name: $localize`:@@kpi.catalogue.AVG_DEAL_SIZE.name:Average deal size`,
    description: $localize`:@@kpi.catalogue.AVG_DEAL_SIZE.description:Won volume / won deals: the mean amount of the deals won in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.AVG_DEAL_SIZE.sampleSizeOf:WON events in the period`,
    directionReason: $localize`:@@kpi.catalogue.AVG_DEAL_SIZE.directionReason:Too small a deal does not pay for its process, too large a one belongs in a stricter one.`,
  },
  SALES_CYCLE_DAYS: {
    name: $localize`:@@kpi.catalogue.SALES_CYCLE_DAYS.name:Sales cycle`,
    description: $localize`:@@kpi.catalogue.SALES_CYCLE_DAYS.description:Mean days from deal creation to WON, over deals won in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.SALES_CYCLE_DAYS.sampleSizeOf:deals won in the period`,
    directionReason: $localize`:@@kpi.catalogue.SALES_CYCLE_DAYS.directionReason:Too fast a close skips structuring and credit checks, too slow a one loses the customer.`,
  },
  PIPELINE_VALUE: {
    name: $localize`:@@kpi.catalogue.PIPELINE_VALUE.name:Pipeline value`,
    description: $localize`:@@kpi.catalogue.PIPELINE_VALUE.description:Sum of the amounts of the deals created before the period end and neither won nor lost before it; the period start and the as-of instant do not matter.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.PIPELINE_VALUE.sampleSizeOf:open deals at the period end`,
    directionReason: $localize`:@@kpi.catalogue.PIPELINE_VALUE.directionReason:Too little is an empty funnel, too much is stale applications nobody works.`,
  },
  QUOTA_ATTAINMENT: {
    name: $localize`:@@kpi.catalogue.QUOTA_ATTAINMENT.name:Quota attainment`,
    description: $localize`:@@kpi.catalogue.QUOTA_ATTAINMENT.description:Won volume / the won-volume target of the scope prorated to the period; no value when that target is missing or 0.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.QUOTA_ATTAINMENT.sampleSizeOf:WON events in the period`,
  },
  ONBOARDING_DAYS: {
    name: $localize`:@@kpi.catalogue.ONBOARDING_DAYS.name:Onboarding time`,
    description: $localize`:@@kpi.catalogue.ONBOARDING_DAYS.description:Mean days from WON to ONBOARDED, over the deals onboarded in the period; a deal without a WON event is left out.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.ONBOARDING_DAYS.sampleSizeOf:deals onboarded in the period (with a WON event)`,
    directionReason: $localize`:@@kpi.catalogue.ONBOARDING_DAYS.directionReason:Too fast an onboarding skips compliance, too slow a one loses the customer.`,
  },
  PAYOUT_FIRST_TIME_RIGHT: {
    name: $localize`:@@kpi.catalogue.PAYOUT_FIRST_TIME_RIGHT.name:Payout first time right`,
    description: $localize`:@@kpi.catalogue.PAYOUT_FIRST_TIME_RIGHT.description:Share of the payouts (PAID_OUT events) in the period with all essential documents present (info_complete true); a payout that does not say counts as incomplete.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.PAYOUT_FIRST_TIME_RIGHT.sampleSizeOf:PAID_OUT events in the period`,
  },
  DEFAULT_RATE: {
    name: $localize`:@@kpi.catalogue.DEFAULT_RATE.name:Default rate`,
    description: $localize`:@@kpi.catalogue.DEFAULT_RATE.description:Of the deals paid out in the period, the share with a DEFAULTED event by the as-of instant (which may lie after the period end).`,
    sampleSizeOf: $localize`:@@kpi.catalogue.DEFAULT_RATE.sampleSizeOf:PAID_OUT events in the period`,
  },
  CSAT: {
    name: $localize`:@@kpi.catalogue.CSAT.name:Customer satisfaction`,
    description: $localize`:@@kpi.catalogue.CSAT.description:Mean CSAT (1–5) of the feedback in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.CSAT.sampleSizeOf:feedback rows in the period`,
  },
  NPS: {
    name: $localize`:@@kpi.catalogue.NPS.name:Net promoter score`,
    description: $localize`:@@kpi.catalogue.NPS.description:100 × (promoters − detractors) / answered, over the feedback in the period with an NPS answer; promoters answer 9–10, detractors 0–6.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.NPS.sampleSizeOf:feedback rows with an NPS answer`,
  },
  NEGATIVE_MOMENT_RATE: {
    name: $localize`:@@kpi.catalogue.NEGATIVE_MOMENT_RATE.name:Negative moments`,
    description: $localize`:@@kpi.catalogue.NEGATIVE_MOMENT_RATE.description:Share of the feedback in the period with CSAT ≤ 2.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.NEGATIVE_MOMENT_RATE.sampleSizeOf:feedback rows in the period`,
  },
  RECOVERY_RATE: {
    name: $localize`:@@kpi.catalogue.RECOVERY_RATE.name:Recovery rate`,
    description: $localize`:@@kpi.catalogue.RECOVERY_RATE.description:Of the negative feedback (CSAT ≤ 2) in the period, the share followed on the same deal by feedback with CSAT ≥ 4 within 14 days after it and by the as-of instant.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.RECOVERY_RATE.sampleSizeOf:negative feedback rows in the period`,
  },
  FIRST_RESPONSE_HOURS: {
    name: $localize`:@@kpi.catalogue.FIRST_RESPONSE_HOURS.name:First response time`,
    description: $localize`:@@kpi.catalogue.FIRST_RESPONSE_HOURS.description:Median hours to answer the inbound interactions in the period that have a response time.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.FIRST_RESPONSE_HOURS.sampleSizeOf:inbound interactions with a response time`,
  },
  ACTIVITIES: {
    name: $localize`:@@kpi.catalogue.ACTIVITIES.name:Activities`,
    description: $localize`:@@kpi.catalogue.ACTIVITIES.description:Outbound interactions in the period.`,
    sampleSizeOf: $localize`:@@kpi.catalogue.ACTIVITIES.sampleSizeOf:outbound interactions in the period`,
  },
} as const satisfies Record<KpiCode, KpiTexts>;

/** A KPI's texts in this build's language; null for a code the catalogue does not know. */
export function kpiTexts(code: string): KpiTexts | null {
  return isKpiCode(code) ? KPI_CATALOGUE_TEXTS[code] : null;
}

/** A KPI's name in this build's language; for a code the catalogue does not know, the code itself. */
export function kpiName(code: string): string {
  return kpiTexts(code)?.name ?? code;
}
