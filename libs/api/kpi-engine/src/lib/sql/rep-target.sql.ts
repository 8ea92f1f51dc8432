import { periodWithElapsedEnd, PRORATED_TARGET, PRORATED_TARGET_TO_DATE } from './target.sql';

/**
 * Prorated targets of each of several reps on their own (KPI-SPEC §4 "Targets": a REP's target uses its
 * REP rows), the per-rep counterpart of TARGET_SQL's REP scope:
 *   $1 period starts (date[]), $2 period ends (date[]), $3 business models, $4 KPIs, $5 rep ids,
 *   $6 the end of each period's elapsed part (timestamptz[]).
 * A rep without an overlapping row has no result row, so their target is null (missing), not 0.
 */
export interface RepTargetRow {
  period_index: number;
  business_model: string;
  kpi: string;
  rep_id: string;
  target: number;
  target_to_date: number;
}

export const REP_TARGET_SQL = `
WITH ${periodWithElapsedEnd('$6')}
SELECT p.period_index, t.business_model, t.kpi, t.scope_id AS rep_id,
       ${PRORATED_TARGET}::float8 AS target, ${PRORATED_TARGET_TO_DATE}::float8 AS target_to_date
FROM period p
JOIN target t ON t.period_start < p.to_day AND t.period_end > p.from_day
WHERE t.scope_type = 'REP' AND t.scope_id = ANY($5::text[])
  AND t.business_model = ANY($3::text[]) AND t.kpi = ANY($4::text[])
GROUP BY p.period_index, t.business_model, t.kpi, t.scope_id`;
