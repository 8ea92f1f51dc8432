import type { JourneyStage } from '@salesdash/shared/domain';
import type { BusinessModel } from '../model';
import type { Rng, Weighted } from '../random';

type CsatTable = readonly [number, number, number, number, number];

/** Weights of csat 1…5. Premium clients are mostly content; consumers spread wider. */
const CSAT: Readonly<
  Record<BusinessModel, Readonly<Record<'BASE' | 'ONBOARDED' | 'PAID_OUT' | 'LOST' | 'DEFAULTED', CsatTable>>>
> = {
  PREMIUM_FINANCING: {
    BASE: [2, 4, 10, 38, 46],
    // Long compliance checks cost some goodwill.
    ONBOARDED: [4, 8, 18, 40, 30],
    PAID_OUT: [1, 3, 8, 38, 50],
    LOST: [5, 12, 33, 32, 18],
    DEFAULTED: [30, 30, 25, 10, 5],
  },
  CONSUMER_LOANS: {
    BASE: [5, 9, 20, 33, 33],
    ONBOARDED: [7, 11, 20, 32, 30],
    // Fast payout is the consumer's moment of delight.
    PAID_OUT: [5, 8, 15, 32, 40],
    LOST: [16, 24, 32, 18, 10],
    DEFAULTED: [40, 30, 20, 7, 3],
  },
};

export function csatWeights(model: BusinessModel, stage: JourneyStage): Weighted<number> {
  const tables = CSAT[model];
  const table =
    stage === 'ONBOARDED' || stage === 'PAID_OUT' || stage === 'LOST' || stage === 'DEFAULTED'
      ? tables[stage]
      : tables.BASE;
  return table.map((weight, index) => [index + 1, weight]);
}

/** NPS answers that agree with the csat given in the same survey. */
const NPS_BY_CSAT: Readonly<Record<number, Weighted<number>>> = {
  5: [
    [8, 15],
    [9, 35],
    [10, 50],
  ],
  4: [
    [6, 5],
    [7, 35],
    [8, 40],
    [9, 20],
  ],
  3: [
    [5, 20],
    [6, 35],
    [7, 30],
    [8, 15],
  ],
  2: [
    [2, 15],
    [3, 20],
    [4, 25],
    [5, 25],
    [6, 15],
  ],
  1: [
    [0, 30],
    [1, 25],
    [2, 20],
    [3, 15],
    [4, 10],
  ],
};

export function npsFor(rng: Rng, csat: number): number {
  return rng.weighted(NPS_BY_CSAT[csat]);
}
