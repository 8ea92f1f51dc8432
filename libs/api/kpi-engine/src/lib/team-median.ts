/**
 * The anonymous benchmark of a rep: the median of their COLLEAGUES' values, the caller's own value
 * left out, shown only when it cannot reveal an individual colleague's value.
 *
 * Why the caller is left out: the caller knows their own value, and a median that includes it can be
 * solved for the others. Of three reps with the caller at 1, a median of 0 says that both colleagues
 * had 0; of four, with the caller one of the two middle values, the median gives the other middle
 * value exactly. A median of the colleagues alone is a function of their values only.
 *
 * Why from 3 colleagues: of one colleague the median is their value; of two it is their mean, which
 * together with one of them (a figure mentioned in passing, or a bound such as 0 leads) gives the
 * other. From three on, the median is one colleague's value or the mean of two, and nothing says
 * whose.
 *
 * Why not when all are equal: then the median is each colleague's value (on a quiet day typically
 * "everyone 0"), however many they are. Saying that they are all equal, without the value, is the
 * price of telling the rep why there is no median.
 *
 * Not covered: comparing medians of overlapping periods (a day against the week around it) can still
 * narrow colleagues' figures down; only the per-period rule above is enforced.
 */
export const MIN_COLLEAGUES_FOR_MEDIAN = 3;

export const TEAM_MEDIAN_UNAVAILABLE = ['TOO_FEW_COLLEAGUES', 'ALL_EQUAL', 'NO_TEAM'] as const;
export type TeamMedianUnavailable = (typeof TEAM_MEDIAN_UNAVAILABLE)[number];

export interface TeamMedian {
  readonly median: number | null;
  /** How many colleagues (the caller not counted) have a value: what the median rests on. */
  readonly colleagueCount: number;
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

/** The median of the colleagues' values (null = that colleague has no value), or why it is withheld. */
export function teamMedian(colleagueValues: readonly (number | null)[]): TeamMedian {
  const present = colleagueValues.filter((value): value is number => value !== null);
  const colleagueCount = present.length;
  if (colleagueCount < MIN_COLLEAGUES_FOR_MEDIAN) {
    return { median: null, colleagueCount, unavailableReason: 'TOO_FEW_COLLEAGUES' };
  }
  if (present.every((value) => value === present[0])) {
    return { median: null, colleagueCount, unavailableReason: 'ALL_EQUAL' };
  }
  return { median: median(present), colleagueCount, unavailableReason: null };
}
