/**
 * The feedback of every (model, stage, touchpoint) of the row scope in two adjacent periods at once:
 * $1 the previous period's start, $2 the period's start (= the previous period's end), $3 the period's
 * end, $4 the business models, $5 the reps of the row scope (NULL: every deal). `current` tells the
 * period from the one before. A range scan of feedback_time_idx, each feedback joined to its deal.
 */
export const MOMENT_COUNTS_SQL = `
SELECT d.business_model AS "businessModel", f.stage, f.touchpoint, f.occurred_at >= $2 AS current,
       count(*)::int AS responses, sum(f.csat)::int AS "csatSum",
       count(*) FILTER (WHERE f.csat <= 2)::int AS "negativeCount"
FROM feedback f
JOIN deal d ON d.deal_id = f.deal_id
WHERE f.occurred_at >= $1 AND f.occurred_at < $3
  AND d.business_model = ANY($4::text[])
  AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))
GROUP BY 1, 2, 3, 4`;

/** The flags of the business models $1, with the display name of who set them. */
export const MOMENT_FLAGS_SQL = `
SELECT f.business_model AS "businessModel", f.stage, f.touchpoint, f.reason,
       f.flagged_by AS "flaggedBy", u.display_name AS "flaggedByName", f.flagged_at AS "flaggedAt"
FROM moment_flag f
JOIN app_user u ON u.user_id = f.flagged_by
WHERE f.business_model = ANY($1::text[])`;
