import type { Touchpoint } from '@salesdash/shared/domain';
import { DAY_MS, HOUR_MS } from './instants';
import { clamp, type Rng, type Weighted } from './random';
import type { BusinessModel } from './model';

/** Funnel steps after SUSPECT, in journey order; each is reached with its `advance` probability. */
export const FUNNEL_STEPS = ['PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/**
 * How one business model behaves. The two profiles differ the way the real businesses do
 * (docs/corridors.md#corridor): premium financing is slow, large and safe; consumer loans are fast, small and
 * accept defaults priced into the interest.
 */
export interface ModelProfile {
  readonly model: BusinessModel;
  /** New leads per month for one full-time rep at average performance. */
  readonly monthlyLeadsPerRep: number;
  /** Lead multiplier per calendar month, January first. */
  readonly seasonality: readonly number[];
  /** Lead multiplier per weekday, Sunday first (averages 1 over a week). */
  readonly weekdayWeights: readonly number[];
  /** Advisors work office hours; the consumer app runs around the clock. */
  readonly officeHoursOnly: boolean;
  readonly segments: Weighted<string>;
  readonly amountCents: (rng: Rng, segment: string) => number;
  readonly repeatCustomerShare: number;
  readonly sourceTouchpoints: Weighted<Touchpoint>;
  readonly interactionTouchpoints: Weighted<Touchpoint>;
  readonly advance: Readonly<Record<FunnelStep, number>>;
  readonly stepGapMs: (rng: Rng, step: FunnelStep) => number;
  readonly lostGapMs: (rng: Rng) => number;
  readonly onboardingMs: (rng: Rng) => number;
  readonly payoutMs: (rng: Rng) => number;
  readonly defaultMs: (rng: Rng) => number;
  /** Bag contents (counts) for info_complete on PAID_OUT: true, false or empty. */
  readonly infoComplete: Weighted<boolean | null>;
  /** Bag contents (counts) deciding whether a paid-out deal defaults. */
  readonly defaults: Weighted<boolean>;
  readonly interactionsPerDeal: readonly [number, number];
  readonly inboundShare: number;
  readonly responseMinutes: (rng: Rng) => number;
  /** Share of deals on which the customer leaves feedback. */
  readonly feedbackShare: number;
  /** Chance that a negative moment is followed by a successful recovery contact. */
  readonly recoveryShare: number;
}

/** Log-normal draw redrawn until it falls in [min, max], so bounds do not pile up values. */
function boundedLogNormal(rng: Rng, median: number, sigma: number, min: number, max: number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const value = rng.logNormal(median, sigma);
    if (value >= min && value <= max) {
      return value;
    }
  }
  return clamp(median, min, max);
}

function triangular(rng: Rng, min: number, mode: number, max: number): number {
  const u = rng.next();
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

function days(value: number): number {
  return Math.round(value * DAY_MS);
}

const PREMIUM_STEP_MEDIAN_DAYS: Readonly<Record<FunnelStep, number>> = {
  PROSPECT: 4,
  CHAMPION: 10,
  OPPORTUNITY: 14,
  WON: 21,
};

const PREMIUM: ModelProfile = {
  model: 'PREMIUM_FINANCING',
  monthlyLeadsPerRep: 12,
  seasonality: [0.9, 1, 1.1, 1.05, 1, 1.05, 0.85, 0.75, 1.05, 1.15, 1.1, 0.95],
  weekdayWeights: [0, 1.4, 1.4, 1.4, 1.4, 1.4, 0],
  officeHoursOnly: true,
  segments: [
    ['PRIVATE_BANKING', 60],
    ['CORPORATE', 40],
  ],
  amountCents: (rng, segment) => {
    const median = segment === 'CORPORATE' ? 900_000 : 420_000;
    const eur = boundedLogNormal(rng, median, 0.75, 150_000, 5_000_000);
    return Math.round(eur / 1000) * 100_000;
  },
  repeatCustomerShare: 0.25,
  sourceTouchpoints: [
    ['MEETING', 25],
    ['PHONE', 18],
    ['BRANCH', 20],
    ['PARTNER', 17],
    ['EMAIL', 12],
    ['WEB', 8],
  ],
  interactionTouchpoints: [
    ['MEETING', 35],
    ['PHONE', 30],
    ['EMAIL', 25],
    ['BRANCH', 10],
  ],
  advance: { PROSPECT: 0.85, CHAMPION: 0.82, OPPORTUNITY: 0.8, WON: 0.62 },
  stepGapMs: (rng, step) => days(boundedLogNormal(rng, PREMIUM_STEP_MEDIAN_DAYS[step], 0.55, 0.5, 120)),
  lostGapMs: (rng) => days(boundedLogNormal(rng, 12, 0.6, 1, 90)),
  // Compliance and collateral checks: mostly 10–40 days, a few complex structures take longer.
  onboardingMs: (rng) => days(rng.chance(0.04) ? rng.float(40, 60) : triangular(rng, 10, 18, 39)),
  payoutMs: (rng) => days(rng.float(1, 7)),
  // Rare, and when it happens, within the first months (a failed business plan, not a slow drift).
  defaultMs: (rng) => days(rng.float(30, 200)),
  infoComplete: [
    [true, 197],
    [false, 2],
    [null, 1],
  ],
  defaults: [
    [true, 1],
    [false, 249],
  ],
  interactionsPerDeal: [4, 8],
  inboundShare: 0.45,
  responseMinutes: (rng) => Math.round(boundedLogNormal(rng, 150, 0.7, 5, 24 * 60)),
  feedbackShare: 0.45,
  recoveryShare: 0.6,
};

const CONSUMER_STEP_MEDIAN_HOURS: Readonly<Record<FunnelStep, number>> = {
  PROSPECT: 2.5,
  CHAMPION: 9,
  OPPORTUNITY: 14,
  WON: 28,
};

const CONSUMER: ModelProfile = {
  model: 'CONSUMER_LOANS',
  monthlyLeadsPerRep: 39,
  seasonality: [0.95, 0.95, 1, 1.05, 1, 0.95, 0.9, 0.9, 1, 1.05, 1.15, 1.1],
  weekdayWeights: [0.8, 1.08, 1.08, 1.08, 1.08, 1.08, 0.8],
  officeHoursOnly: false,
  segments: [
    ['RETAIL', 80],
    ['STUDENT', 20],
  ],
  amountCents: (rng, segment) => {
    const eur =
      segment === 'STUDENT'
        ? boundedLogNormal(rng, 3_500, 0.6, 1_000, 15_000)
        : boundedLogNormal(rng, 9_000, 0.7, 1_000, 50_000);
    // Most loans are round sums; refinancings carry the exact old balance.
    return rng.chance(0.1) ? Math.round(eur * 100) : Math.round(eur / 50) * 5000;
  },
  repeatCustomerShare: 0.12,
  sourceTouchpoints: [
    ['APP', 30],
    ['WEB', 30],
    ['SOCIAL', 15],
    ['PARTNER', 10],
    ['EMAIL', 8],
    ['PHONE', 7],
  ],
  interactionTouchpoints: [
    ['APP', 30],
    ['WEB', 20],
    ['EMAIL', 20],
    ['PHONE', 20],
    ['SOCIAL', 10],
  ],
  advance: { PROSPECT: 0.72, CHAMPION: 0.7, OPPORTUNITY: 0.75, WON: 0.5 },
  stepGapMs: (rng, step) =>
    Math.round(boundedLogNormal(rng, CONSUMER_STEP_MEDIAN_HOURS[step], 0.8, 0.2, 240) * HOUR_MS),
  lostGapMs: (rng) => Math.round(boundedLogNormal(rng, 36, 0.7, 1, 400) * HOUR_MS),
  // Automated checks: hours, at most three days.
  onboardingMs: (rng) => Math.round(boundedLogNormal(rng, 10, 0.8, 1, 70) * HOUR_MS),
  payoutMs: (rng) => Math.round(boundedLogNormal(rng, 4, 0.9, 0.2, 48) * HOUR_MS),
  // Early payment defaults: weeks to a few months after payout.
  defaultMs: (rng) => days(boundedLogNormal(rng, 45, 0.45, 14, 120)),
  infoComplete: [
    [true, 88],
    [false, 11],
    [null, 1],
  ],
  defaults: [
    [true, 13],
    [false, 187],
  ],
  interactionsPerDeal: [2, 5],
  inboundShare: 0.5,
  responseMinutes: (rng) => Math.round(boundedLogNormal(rng, 420, 1, 2, 72 * 60)),
  feedbackShare: 0.35,
  recoveryShare: 0.4,
};

const MODEL_PROFILES: ReadonlyMap<BusinessModel, ModelProfile> = new Map(
  [PREMIUM, CONSUMER].map((profile) => [profile.model, profile]),
);

export function profileOf(model: BusinessModel): ModelProfile {
  const profile = MODEL_PROFILES.get(model);
  if (!profile) {
    throw new Error(`No profile for ${model}`);
  }
  return profile;
}
