import type { IsoDate } from '@salesdash/shared/domain';

/**
 * Why the API withholds a team median: fewer than 3 colleagues have a value, all colleagues have the
 * same value (either would reveal a colleague's figure), or the rep is in no team.
 */
export type TeamMedianUnavailable = 'TOO_FEW_COLLEAGUES' | 'ALL_EQUAL' | 'NO_TEAM';

/**
 * The API's `TeamMedian`: the anonymous median of one KPI and business model over the signed-in
 * rep's colleagues, their own value left out (an even count takes the mean of the two middle values).
 * Never a rep's figure.
 */
export interface TeamMedianDto {
  readonly kpi: string;
  readonly businessModel: string;
  /** Null exactly when `unavailableReason` is set. */
  readonly median: number | null;
  /** How many colleagues (the rep not counted) have a value: what the median rests on. */
  readonly colleagueCount: number;
  readonly unavailableReason: TeamMedianUnavailable | null;
}

/** A KpiFilter without scope: the team is always the signed-in rep's own. */
export interface TeamMedianFilter {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly asOf?: string | null;
  readonly businessModels?: readonly string[] | null;
  readonly kpis?: readonly string[] | null;
}
