import type { JourneyStage } from '@salesdash/shared/domain';
import { jitterPrecision, MINUTE_MS, nextBusinessMoment } from '../instants';
import { DEMO_BUSINESS_MODELS, type BusinessModel, type Deal } from '../model';
import { FUNNEL_STEPS, profileOf, type ModelProfile } from '../profiles';
import { clamp, type Rng, ShuffleBag } from '../random';

export interface StageEvent {
  readonly stage: JourneyStage;
  readonly at: number;
  /** Only PAID_OUT carries it; null = left empty in the source system. */
  readonly infoComplete?: boolean | null;
}

interface OutcomeBags {
  readonly infoComplete: ShuffleBag<boolean | null>;
  readonly defaults: ShuffleBag<boolean>;
}

/** Keeps consecutive events of a deal strictly ordered even for very short gaps. */
const MIN_EVENT_GAP_MS = 10 * MINUTE_MS;

/**
 * Plays out deal journeys: SUSPECT at creation, the funnel steps with model-specific pass rates and
 * gaps, LOST where a step fails, then ONBOARDED, PAID_OUT and sometimes DEFAULTED. Events that would
 * fall after the horizon are simply not there yet (the deal is open).
 */
export class JourneyPlayer {
  private readonly bags: ReadonlyMap<BusinessModel, OutcomeBags>;

  constructor(
    private readonly rng: Rng,
    private readonly horizon: number,
  ) {
    this.bags = new Map(
      DEMO_BUSINESS_MODELS.map((model) => {
        const profile = profileOf(model);
        const bags: OutcomeBags = {
          infoComplete: new ShuffleBag(rng, profile.infoComplete),
          defaults: new ShuffleBag(rng, profile.defaults),
        };
        return [model, bags];
      }),
    );
  }

  play(deal: Deal): StageEvent[] {
    const profile = profileOf(deal.model);
    const events: StageEvent[] = [{ stage: 'SUSPECT', at: deal.createdAt }];
    let last = deal.createdAt;
    for (const step of FUNNEL_STEPS) {
      // Strong reps close more of their opportunities; earlier qualification is the customer's.
      const boost = step === 'WON' ? Math.sqrt(deal.rep.performance) : 1;
      if (!this.rng.chance(clamp(profile.advance[step] * boost, 0, 0.95))) {
        const lostAt = this.after(profile, last, profile.lostGapMs(this.rng));
        if (lostAt <= this.horizon) {
          events.push({ stage: 'LOST', at: lostAt });
        }
        return events;
      }
      last = this.after(profile, last, profile.stepGapMs(this.rng, step));
      if (last > this.horizon) {
        return events;
      }
      events.push({ stage: step, at: last });
    }
    return this.afterSale(profile, this.bagsOf(deal.model), events, last);
  }

  private afterSale(profile: ModelProfile, bags: OutcomeBags, events: StageEvent[], wonAt: number): StageEvent[] {
    const onboardedAt = this.after(profile, wonAt, profile.onboardingMs(this.rng));
    if (onboardedAt > this.horizon) {
      return events;
    }
    events.push({ stage: 'ONBOARDED', at: onboardedAt });
    const paidAt = this.after(profile, onboardedAt, profile.payoutMs(this.rng));
    if (paidAt > this.horizon) {
      return events;
    }
    const infoComplete = bags.infoComplete.draw();
    events.push({ stage: 'PAID_OUT', at: paidAt, infoComplete });
    if (bags.defaults.draw()) {
      // Defaults are booked by collections at any hour, so no office-hours snapping.
      const defaultedAt = jitterPrecision(this.rng, paidAt + profile.defaultMs(this.rng));
      if (defaultedAt <= this.horizon) {
        events.push({ stage: 'DEFAULTED', at: defaultedAt });
      }
    }
    return events;
  }

  private bagsOf(model: BusinessModel): OutcomeBags {
    const bags = this.bags.get(model);
    if (!bags) {
      throw new Error(`No outcome bags for ${model}`);
    }
    return bags;
  }

  /** The next event instant: the gap, second precision, office hours where the model needs them. */
  private after(profile: ModelProfile, previous: number, gapMs: number): number {
    const raw = jitterPrecision(this.rng, previous + Math.max(gapMs, MIN_EVENT_GAP_MS));
    const at = profile.officeHoursOnly ? nextBusinessMoment(this.rng, raw) : raw;
    return Math.max(at, previous + MIN_EVENT_GAP_MS);
  }
}
