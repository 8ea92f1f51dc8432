/** Below this many reps with a value a median could give away a colleague's figure (of two: their mean). */
export const MIN_REPS_FOR_MEDIAN = 3;

export const TEAM_MEDIAN_UNAVAILABLE = ['TOO_FEW_REPS', 'NO_TEAM'] as const;
export type TeamMedianUnavailable = (typeof TEAM_MEDIAN_UNAVAILABLE)[number];

export interface TeamMedian {
  readonly median: number | null;
  readonly repCount: number;
  readonly unavailableReason: TeamMedianUnavailable | null;
}

/** The middle value of an odd count, the mean of the two middle values of an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The team median of the reps' values (null = the rep has no value), or why there is none. */
export function teamMedian(values: readonly (number | null)[]): TeamMedian {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < MIN_REPS_FOR_MEDIAN) {
    return { median: null, repCount: present.length, unavailableReason: 'TOO_FEW_REPS' };
  }
  return { median: median(present), repCount: present.length, unavailableReason: null };
}
