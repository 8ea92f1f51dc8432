import type { KpiCode } from '@salesdash/shared/domain';
import type { Feedback } from './bundle-model';
import { MICROS_PER_DAY } from './instant';
import { inPeriod, type KpiContext, type KpiFormula } from './kpi-context';
import { mean, percentileCont, share, total } from './statistics';

const RECOVERY_WINDOW = 14n * MICROS_PER_DAY;

function feedbackInPeriod(context: KpiContext): readonly Feedback[] {
  return context.facts.feedback.filter((feedback) => inPeriod(feedback.occurredAt, context.period));
}

const isNegative = (feedback: Feedback) => feedback.csat <= 2;

/** §4.1.4: same deal, csat >= 4, n.t < g.t <= n.t + 14 days and g.t <= asOf (g may lie outside P). */
function isRecovered(context: KpiContext, negative: Feedback): boolean {
  return context.facts
    .feedbackOfDeal(negative.dealId)
    .some(
      (later) =>
        later.csat >= 4 &&
        later.occurredAt > negative.occurredAt &&
        later.occurredAt <= negative.occurredAt + RECOVERY_WINDOW &&
        later.occurredAt <= context.asOf,
    );
}

export const VOICE_KPIS: Partial<Record<KpiCode, KpiFormula>> = {
  CSAT: (context) => mean(feedbackInPeriod(context).map((feedback) => feedback.csat)),
  NPS: (context) => {
    const answers = feedbackInPeriod(context).flatMap((feedback) => (feedback.nps === null ? [] : [feedback.nps]));
    const promoters = answers.filter((nps) => nps >= 9).length;
    const detractors = answers.filter((nps) => nps <= 6).length;
    return share(100 * (promoters - detractors), answers.length);
  },
  NEGATIVE_MOMENT_RATE: (context) => {
    const feedback = feedbackInPeriod(context);
    return share(feedback.filter(isNegative).length, feedback.length);
  },
  RECOVERY_RATE: (context) => {
    const negatives = feedbackInPeriod(context).filter(isNegative);
    return share(negatives.filter((negative) => isRecovered(context, negative)).length, negatives.length);
  },
  FIRST_RESPONSE_HOURS: (context) => {
    const hours = context.facts.interactions.flatMap((interaction) =>
      interaction.direction === 'INBOUND' &&
      interaction.responseMinutes !== null &&
      inPeriod(interaction.occurredAt, context.period)
        ? [interaction.responseMinutes / 60]
        : [],
    );
    return percentileCont(hours, 0.5);
  },
  ACTIVITIES: (context) => {
    const count = context.facts.interactions.filter(
      (interaction) => interaction.direction === 'OUTBOUND' && inPeriod(interaction.occurredAt, context.period),
    ).length;
    return total(count, count);
  },
};
