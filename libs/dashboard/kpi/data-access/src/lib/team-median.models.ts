import type { TeamMediansQuery, TeamMedianTrendQuery } from './generated/graphql';

/**
 * The API's `TeamMedian`: the anonymous median of one KPI and business model over the signed-in
 * rep's colleagues, their own value left out (an even count takes the mean of the two middle values),
 * withheld with a reason (`unavailableReason`, `median` null) when it would reveal a colleague's figure.
 * Never a rep's figure.
 */
export type TeamMedianDto = TeamMediansQuery['teamMedians'][number];

/** Monthly team medians of one KPI and business model, oldest first, each month by the rules above. */
export type TeamMedianSeriesDto = TeamMedianTrendQuery['teamMedianTrend'][number];
