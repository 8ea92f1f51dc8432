import type { IsoDate } from '@salesdash/shared/domain';

/** Why the API gives no team median: too few reps of the team have a value, or the rep is in no team. */
export type TeamMedianUnavailable = 'TOO_FEW_REPS' | 'NO_TEAM';

/**
 * The API's `TeamMedian`: the anonymous median of one KPI and business model over the reps of the
 * signed-in rep's team (an even count takes the mean of the two middle values). Never a rep's figure.
 */
export interface TeamMedianDto {
  readonly kpi: string;
  readonly businessModel: string;
  /** Null exactly when `unavailableReason` is set. */
  readonly median: number | null;
  /** How many reps of the team have a value: what the median rests on. */
  readonly repCount: number;
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
