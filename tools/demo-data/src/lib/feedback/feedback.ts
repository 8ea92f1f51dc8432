import type { JourneyStage, Touchpoint } from '@salesdash/shared/domain';
import { DAY_MS, HOUR_MS, jitterPrecision } from '../instants';
import type { BusinessModel, Deal } from '../model';
import { profileOf } from '../profiles';
import type { Rng, Weighted } from '../random';
import type { StageEvent } from '../journey/stage-events';
import { commentsFor, momentOf, sentimentOf, type Moment } from './comments';
import { csatWeights, npsFor } from './scores';

export interface Feedback {
  readonly at: number;
  readonly stage: JourneyStage;
  readonly touchpoint: Touchpoint;
  readonly csat: number;
  readonly nps: number | null;
  readonly comment: string | null;
}

/** How likely a customer comments on each stage (later moments matter more). */
const STAGE_WEIGHTS: Readonly<Record<JourneyStage, number>> = {
  SUSPECT: 0.4,
  PROSPECT: 1,
  CHAMPION: 0.6,
  OPPORTUNITY: 1.2,
  WON: 1,
  ONBOARDED: 2,
  PAID_OUT: 2,
  LOST: 0.8,
  DEFAULTED: 0.5,
};

const NPS_SHARE = 0.65;
const COMMENT_SHARE = 0.7;
/** A recovery must come strictly within 14 days of the negative moment (docs/kpis.md#RECOVERY_RATE). */
const RECOVERY_WINDOW_MS = 13.5 * DAY_MS;

/**
 * Voice of the customer: on a share of deals one or two feedback rows tied to stages the deal
 * reached, and for some negative moments a recovery feedback within 14 days.
 */
export class FeedbackPlanner {
  constructor(
    private readonly rng: Rng,
    private readonly horizon: number,
  ) {}

  plan(deal: Deal, events: readonly StageEvent[]): Feedback[] {
    const profile = profileOf(deal.model);
    if (!this.rng.chance(profile.feedbackShare)) {
      return [];
    }
    const count = this.rng.chance(0.2) ? 2 : 1;
    const moments = this.pickEvents(events, count);
    const feedback: Feedback[] = [];
    for (const event of moments) {
      const delay = this.rng.logNormal(deal.model === 'PREMIUM_FINANCING' ? 24 : 6, 0.8);
      const at = jitterPrecision(this.rng, event.at + Math.min(delay, 168) * HOUR_MS);
      if (at > this.horizon) {
        continue;
      }
      const csat = this.rng.weighted(csatWeights(deal.model, event.stage));
      const touchpoint = this.rng.weighted(profile.interactionTouchpoints);
      feedback.push(this.row(deal.model, at, event.stage, touchpoint, csat, momentOf(event.stage)));
      if (csat <= 2 && this.rng.chance(profile.recoveryShare)) {
        feedback.push(...this.recovery(deal.model, at, event.stage));
      }
    }
    return feedback.sort((a, b) => a.at - b.at);
  }

  private pickEvents(events: readonly StageEvent[], count: number): StageEvent[] {
    const remaining = [...events];
    const picked: StageEvent[] = [];
    while (picked.length < count && remaining.length > 0) {
      const weights: Weighted<number> = remaining.map((event, index) => [index, STAGE_WEIGHTS[event.stage]]);
      picked.push(...remaining.splice(this.rng.weighted(weights), 1));
    }
    return picked;
  }

  /** A call-back that turned the moment around: same stage, personal channel, csat 4–5. */
  private recovery(model: BusinessModel, negativeAt: number, stage: JourneyStage): Feedback[] {
    const at = jitterPrecision(this.rng, negativeAt + this.rng.float(2 * HOUR_MS, RECOVERY_WINDOW_MS));
    if (at > this.horizon) {
      return [];
    }
    const touchpoint: Touchpoint = model === 'PREMIUM_FINANCING' && this.rng.chance(0.5) ? 'MEETING' : 'PHONE';
    const csat = this.rng.chance(0.6) ? 4 : 5;
    return [this.row(model, at, stage, touchpoint, csat, 'RECOVERY')];
  }

  private row(
    model: BusinessModel,
    at: number,
    stage: JourneyStage,
    touchpoint: Touchpoint,
    csat: number,
    moment: Moment,
  ): Feedback {
    const nps = this.rng.chance(NPS_SHARE) ? npsFor(this.rng, csat) : null;
    const sentences = commentsFor(model, moment, sentimentOf(csat));
    const comment = sentences.length > 0 && this.rng.chance(COMMENT_SHARE) ? this.rng.pick(sentences) : null;
    return { at, stage, touchpoint, csat, nps, comment };
  }
}
