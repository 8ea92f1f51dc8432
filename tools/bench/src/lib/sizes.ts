/** How much data one bench run generates; the fact counts are approximate where noted. */
export interface BenchSize {
  readonly name: string;
  readonly reps: number;
  readonly deals: number;
  /** About 5 stage events per deal come with the deals; this is not a separate knob. */
  readonly interactions: number;
  readonly feedback: number;
  /** Months of history ending today. */
  readonly months: number;
}

/** Issue 13: 2M deals, ~10M stage events, 5M interactions, 1M feedback, 600 reps. */
export const DEFAULT_SIZE: BenchSize = {
  name: 'default',
  reps: 600,
  deals: 2_000_000,
  interactions: 5_000_000,
  feedback: 1_000_000,
  months: 24,
};

/** A tenth of the default, for a run of a few minutes. */
export const MEDIUM_SIZE: BenchSize = {
  name: 'medium',
  reps: 600,
  deals: 200_000,
  interactions: 500_000,
  feedback: 100_000,
  months: 24,
};

/** Seconds, not minutes: what `--quick` and the smoke test run. */
export const QUICK_SIZE: BenchSize = {
  name: 'quick',
  reps: 60,
  deals: 10_000,
  interactions: 25_000,
  feedback: 5_000,
  months: 24,
};

export const SIZES: Readonly<Record<string, BenchSize>> = {
  default: DEFAULT_SIZE,
  medium: MEDIUM_SIZE,
  quick: QUICK_SIZE,
};

/** `--deals N` keeps the default's proportions (reps at least 10). */
export function sizeForDeals(deals: number): BenchSize {
  const scale = deals / DEFAULT_SIZE.deals;
  return {
    name: `deals-${deals}`,
    reps: Math.max(10, Math.min(DEFAULT_SIZE.reps, Math.round(DEFAULT_SIZE.reps * scale * 10))),
    deals,
    interactions: Math.round(DEFAULT_SIZE.interactions * scale),
    feedback: Math.round(DEFAULT_SIZE.feedback * scale),
    months: DEFAULT_SIZE.months,
  };
}
