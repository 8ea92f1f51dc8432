import type { JourneyStage, KpiCode } from '@salesdash/shared/domain';
import type { Deal, StageEvent } from './bundle-model';
import { inPeriod, type KpiContext, type KpiFormula } from './kpi-context';
import { type Measure, meanDays, share, total } from './statistics';

/** The deals in scope with their event of `stage` in P (a deal has at most one per stage). */
function eventsInPeriod(context: KpiContext, stage: JourneyStage): { deal: Deal; event: StageEvent }[] {
  return context.facts.deals.flatMap((deal) => {
    const event = context.facts.eventOf(deal.dealId, stage);
    return event && inPeriod(event.occurredAt, context.period) ? [{ deal, event }] : [];
  });
}

function dealsCreatedInPeriod(context: KpiContext): readonly Deal[] {
  return context.facts.deals.filter((deal) => inPeriod(deal.createdAt, context.period));
}

/** By asOf: t <= asOf (§4); the event may lie after `to` (§4.1.3). */
function hasEventByAsOf(context: KpiContext, deal: Deal, stage: JourneyStage): boolean {
  const event = context.facts.eventOf(deal.dealId, stage);
  return event !== undefined && event.occurredAt <= context.asOf;
}

function wonVolume(context: KpiContext): Measure {
  const won = eventsInPeriod(context, 'WON');
  const cents = won.reduce((sum, { deal }) => sum + deal.amountCents, 0);
  return total(cents / 100, won.length);
}

/** §4.1.6: open at `to` = created before `to` and no WON or LOST event at a time < `to`. */
function isOpenAt(context: KpiContext, deal: Deal): boolean {
  const to = context.period.to;
  const closedBefore = (stage: JourneyStage) => {
    const event = context.facts.eventOf(deal.dealId, stage);
    return event !== undefined && event.occurredAt < to;
  };
  return deal.createdAt < to && !closedBefore('WON') && !closedBefore('LOST');
}

export const JOURNEY_KPIS: Partial<Record<KpiCode, KpiFormula>> = {
  NEW_LEADS: (context) => {
    const count = dealsCreatedInPeriod(context).length;
    return total(count, count);
  },
  LEAD_CONVERSION_RATE: (context) => {
    const cohort = dealsCreatedInPeriod(context);
    return share(cohort.filter((deal) => hasEventByAsOf(context, deal, 'OPPORTUNITY')).length, cohort.length);
  },
  // §4.1.2: every LOST event in P counts, also of deals that never reached OPPORTUNITY.
  WIN_RATE: (context) => {
    const won = eventsInPeriod(context, 'WON').length;
    const lost = eventsInPeriod(context, 'LOST').length;
    return share(won, won + lost);
  },
  WON_DEALS: (context) => {
    const count = eventsInPeriod(context, 'WON').length;
    return total(count, count);
  },
  WON_VOLUME: wonVolume,
  AVG_DEAL_SIZE: (context) => {
    const volume = wonVolume(context);
    return share(volume.value ?? 0, volume.sampleSize);
  },
  SALES_CYCLE_DAYS: (context) =>
    meanDays(eventsInPeriod(context, 'WON').map(({ deal, event }) => event.occurredAt - deal.createdAt)),
  PIPELINE_VALUE: (context) => {
    const open = context.facts.deals.filter((deal) => isOpenAt(context, deal));
    return total(open.reduce((sum, deal) => sum + deal.amountCents, 0) / 100, open.length);
  },
  // §4.1.1: WON_VOLUME / target whenever the target is > 0 (so 0 when nothing was won).
  QUOTA_ATTAINMENT: (context) => {
    const volume = wonVolume(context);
    const target = context.wonVolumeTarget();
    const value = target !== null && target > 0 ? (volume.value ?? 0) / target : null;
    return { value, sampleSize: volume.sampleSize };
  },
  // §4.1.7: a deal onboarded in P without a WON event is left out.
  ONBOARDING_DAYS: (context) =>
    meanDays(
      eventsInPeriod(context, 'ONBOARDED').flatMap(({ deal, event }) => {
        const won = context.facts.eventOf(deal.dealId, 'WON');
        return won ? [event.occurredAt - won.occurredAt] : [];
      }),
    ),
  // §4.1.5: an empty info_complete is in the denominator, not the numerator.
  PAYOUT_FIRST_TIME_RIGHT: (context) => {
    const payouts = eventsInPeriod(context, 'PAID_OUT');
    return share(payouts.filter(({ event }) => event.infoComplete === true).length, payouts.length);
  },
  DEFAULT_RATE: (context) => {
    const payouts = eventsInPeriod(context, 'PAID_OUT');
    return share(payouts.filter(({ deal }) => hasEventByAsOf(context, deal, 'DEFAULTED')).length, payouts.length);
  },
};
