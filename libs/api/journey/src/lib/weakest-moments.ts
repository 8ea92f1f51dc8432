import { JOURNEY_STAGES, type JourneyStage, TOUCHPOINTS, type Touchpoint } from '@salesdash/shared/domain';

export const MOMENT_RANKINGS = ['CSAT', 'NEGATIVE_RATE'] as const;
export type MomentRanking = (typeof MOMENT_RANKINGS)[number];

export const DEFAULT_MIN_RESPONSES = 10;
export const MAX_MIN_RESPONSES = 10_000;
export const DEFAULT_WEAKEST_LIMIT = 10;
export const MAX_WEAKEST_LIMIT = 100;

/** The feedback of one moment in one period, as counted (sums kept whole so rankings compare exactly). */
export interface MomentCount {
  readonly businessModel: string;
  readonly stage: JourneyStage;
  readonly touchpoint: Touchpoint;
  readonly responses: number;
  readonly csatSum: number;
  readonly negativeCount: number;
}

/**
 * The moments with at least `minResponses` responses, weakest first: by CSAT the lowest mean, by
 * NEGATIVE_RATE the highest share of CSAT ≤ 2; ties by more responses, then stage and touchpoint in
 * journey order, then business model (in the order given). Means and rates are compared as exact
 * fractions, so equal ones tie.
 */
export function rankWeakest<T extends MomentCount>(
  counts: readonly T[],
  options: { readonly rankBy: MomentRanking; readonly minResponses: number; readonly models: readonly string[] },
): T[] {
  const weakness = (a: T, b: T) =>
    options.rankBy === 'CSAT'
      ? a.csatSum * b.responses - b.csatSum * a.responses
      : b.negativeCount * a.responses - a.negativeCount * b.responses;
  return counts
    .filter((count) => count.responses >= options.minResponses)
    .sort(
      (a, b) =>
        weakness(a, b) ||
        b.responses - a.responses ||
        JOURNEY_STAGES.indexOf(a.stage) - JOURNEY_STAGES.indexOf(b.stage) ||
        TOUCHPOINTS.indexOf(a.touchpoint) - TOUCHPOINTS.indexOf(b.touchpoint) ||
        options.models.indexOf(a.businessModel) - options.models.indexOf(b.businessModel),
    );
}
