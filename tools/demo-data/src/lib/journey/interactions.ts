import type { InteractionDirection, Touchpoint } from '@salesdash/shared/domain';
import { DAY_MS, jitterPrecision, MINUTE_MS, nextBusinessMoment } from '../instants';
import type { Deal, Rep } from '../model';
import { profileOf } from '../profiles';
import type { Rng } from '../random';
import type { StageEvent } from './stage-events';

export interface Interaction {
  readonly at: number;
  readonly repId: string;
  readonly touchpoint: Touchpoint;
  readonly direction: InteractionDirection;
  readonly responseMinutes: number | null;
}

/** How long contact continues after the latest event of a still-open deal. */
const OPEN_TAIL_DAYS = { PREMIUM_FINANCING: 14, CONSUMER_LOANS: 2 } as const;
/** Share of inbound contacts with no recorded answer time. */
const UNANSWERED_SHARE = 0.06;
/** Share of contacts a team colleague handles (holidays, cover). */
const COLLEAGUE_SHARE = 0.08;

/**
 * Contacts between customer and bank during a deal's active life: from creation to payout or loss,
 * or up to a little after the latest event while the deal is open.
 */
export class InteractionPlanner {
  constructor(
    private readonly rng: Rng,
    private readonly horizon: number,
    private readonly repsByTeam: ReadonlyMap<string, readonly Rep[]>,
  ) {}

  plan(deal: Deal, events: readonly StageEvent[]): Interaction[] {
    const profile = profileOf(deal.model);
    const end = this.activeUntil(deal, events);
    const [min, max] = profile.interactionsPerDeal;
    const times = Array.from({ length: this.rng.int(min, max) }, (_, index) => {
      // The first contact is the lead arriving; the rest spread over the deal's life.
      const raw = index === 0 ? deal.createdAt : this.rng.float(deal.createdAt, end);
      const snapped = profile.officeHoursOnly ? nextBusinessMoment(this.rng, raw) : raw;
      return jitterPrecision(this.rng, snapped <= end ? snapped : raw);
    }).sort((a, b) => a - b);

    return times.map((at) => {
      const inbound = this.rng.chance(profile.inboundShare);
      return {
        at: Math.max(at, deal.createdAt),
        repId: this.handler(deal.rep),
        touchpoint: this.rng.weighted(profile.interactionTouchpoints),
        direction: inbound ? 'INBOUND' : 'OUTBOUND',
        responseMinutes: inbound ? this.responseMinutes(deal, at) : null,
      };
    });
  }

  private activeUntil(deal: Deal, events: readonly StageEvent[]): number {
    const closing = events.find((event) => event.stage === 'LOST' || event.stage === 'PAID_OUT');
    if (closing) {
      return closing.at;
    }
    const latest = events[events.length - 1].at;
    return Math.min(this.horizon, latest + OPEN_TAIL_DAYS[deal.model] * DAY_MS);
  }

  private responseMinutes(deal: Deal, at: number): number | null {
    const minutes = profileOf(deal.model).responseMinutes(this.rng);
    // An answer that would come after the horizon has not happened yet.
    const answered = !this.rng.chance(UNANSWERED_SHARE) && at + minutes * MINUTE_MS <= this.horizon;
    return answered ? minutes : null;
  }

  private handler(rep: Rep): string {
    if (!this.rng.chance(COLLEAGUE_SHARE)) {
      return rep.id;
    }
    const colleagues = (this.repsByTeam.get(rep.team.id) ?? []).filter((other) => other.id !== rep.id);
    return colleagues.length > 0 ? this.rng.pick(colleagues).id : rep.id;
  }
}
