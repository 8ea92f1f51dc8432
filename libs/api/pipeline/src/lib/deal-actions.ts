/** An open deal becomes a follow-up when the rep has not contacted the customer for this many days. */
export const QUIET_DAYS = 14;
/** How far back a payout with missing information still asks for a follow-up (older ones are history). */
export const PAYOUT_FOLLOW_UP_DAYS = 90;

const DAY_MS = 86_400_000;

/** A deal as REP_DEALS_SQL reads it: open, won and waiting for onboarding, or recently paid out. */
export interface StoredDeal {
  readonly dealId: string;
  readonly customerId: string;
  readonly businessModel: string;
  readonly segment: string | null;
  readonly createdAt: Date;
  readonly amount: number;
  readonly open: boolean;
  /** The furthest stage before a decision; null when the deal has no stage event yet. */
  readonly stage: string | null;
  readonly stageAt: Date | null;
  readonly wonAt: Date | null;
  readonly onboarded: boolean;
  readonly paidOutAt: Date | null;
  readonly paidOutInfoComplete: boolean | null;
  /** The latest OUTBOUND interaction by asOf (only read for open deals). */
  readonly lastActivityAt: Date | null;
}

export interface OpenDeal {
  readonly dealId: string;
  readonly customerId: string;
  readonly businessModel: string;
  readonly stage: string | null;
  readonly stageSince: Date | null;
  readonly createdAt: Date;
  /** Whole days since the deal was created. */
  readonly ageDays: number;
  readonly amount: number;
  readonly lastActivityAt: Date | null;
}

export type DealActionReason = 'ONBOARDING_OVERDUE' | 'PAYOUT_INFO_MISSING' | 'NO_RECENT_ACTIVITY';
export const DEAL_ACTION_REASONS: readonly DealActionReason[] = [
  'ONBOARDING_OVERDUE',
  'PAYOUT_INFO_MISSING',
  'NO_RECENT_ACTIVITY',
];

export interface DealAction {
  readonly dealId: string;
  readonly customerId: string;
  readonly businessModel: string;
  readonly amount: number;
  readonly reason: DealActionReason;
  /** When the waiting began: the WON event, the payout, or the last activity (the creation without one). */
  readonly since: Date;
  /** Days from `since` to asOf (docs/kpis.md#general-readings: seconds / 86400, not rounded). */
  readonly days: number;
  /** The limit that was passed: the onboarding corridor's acceptable maximum, or QUIET_DAYS; null for payouts. */
  readonly limitDays: number | null;
}

/** The acceptable maximum of onboarding days for a deal's model and segment; null when none is set. */
export type OnboardingLimit = (deal: StoredDeal) => number | null;

const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;

/** The open deals (no WON or LOST by asOf), oldest first. */
export function openDeals(deals: readonly StoredDeal[], asOf: Date): OpenDeal[] {
  return deals
    .filter((deal) => deal.open)
    .map((deal) => ({
      dealId: deal.dealId,
      customerId: deal.customerId,
      businessModel: deal.businessModel,
      stage: deal.stage,
      stageSince: deal.stageAt,
      createdAt: deal.createdAt,
      ageDays: Math.floor(daysBetween(deal.createdAt, asOf)),
      amount: deal.amount,
      lastActivityAt: deal.lastActivityAt,
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.dealId, b.dealId));
}

/**
 * The deals that need the rep's action at asOf, each once per reason, by reason and then the longest
 * wait first:
 * - won but neither onboarded nor paid out for longer than the model's acceptable onboarding days
 *   (the ONBOARDING_DAYS corridor in force; without an upper bound nothing is overdue);
 * - paid out within PAYOUT_FOLLOW_UP_DAYS with information missing (info_complete false or unknown:
 *   the payout was not first time right);
 * - open without an outbound activity (or, never contacted, since creation) for more than QUIET_DAYS.
 */
export function dealActions(deals: readonly StoredDeal[], asOf: Date, onboardingLimit: OnboardingLimit): DealAction[] {
  const actions: DealAction[] = [];
  const add = (deal: StoredDeal, reason: DealActionReason, since: Date, limitDays: number | null) =>
    actions.push({
      dealId: deal.dealId,
      customerId: deal.customerId,
      businessModel: deal.businessModel,
      amount: deal.amount,
      reason,
      since,
      days: daysBetween(since, asOf),
      limitDays,
    });
  for (const deal of deals) {
    if (deal.wonAt && !deal.onboarded) {
      const limit = onboardingLimit(deal);
      if (limit !== null && daysBetween(deal.wonAt, asOf) > limit) {
        add(deal, 'ONBOARDING_OVERDUE', deal.wonAt, limit);
      }
    }
    if (
      deal.paidOutAt &&
      deal.paidOutInfoComplete !== true &&
      daysBetween(deal.paidOutAt, asOf) <= PAYOUT_FOLLOW_UP_DAYS
    ) {
      add(deal, 'PAYOUT_INFO_MISSING', deal.paidOutAt, null);
    }
    if (deal.open) {
      const since = deal.lastActivityAt ?? deal.createdAt;
      if (daysBetween(since, asOf) > QUIET_DAYS) {
        add(deal, 'NO_RECENT_ACTIVITY', since, QUIET_DAYS);
      }
    }
  }
  const order = (reason: DealActionReason) => DEAL_ACTION_REASONS.indexOf(reason);
  return actions.sort(
    (a, b) => order(a.reason) - order(b.reason) || b.days - a.days || compareText(a.dealId, b.dealId),
  );
}

/** The start of the payouts that still ask for a follow-up. */
export function payoutFollowUpStart(asOf: Date): Date {
  return new Date(asOf.getTime() - PAYOUT_FOLLOW_UP_DAYS * DAY_MS);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
