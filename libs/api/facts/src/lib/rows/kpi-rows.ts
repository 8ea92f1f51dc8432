import type { SqlRunner } from '@salesdash/api/platform';
import type { KpiCode, KpiRowOrder, KpiRowOutcome, Period } from '@salesdash/shared/domain';
import { kpiRowsCte } from './kpi-rows.sql';

/** The rows of one KPI, business model, period and row scope. */
export interface KpiRowsQuery {
  readonly kpi: KpiCode;
  readonly businessModel: string;
  readonly period: Period;
  readonly asOf: Date;
  /** The row scope, always given: the reps whose deals count, or null for every deal (the company). */
  readonly repIds: readonly string[] | null;
}

export interface KpiRowsPage {
  readonly offset: number;
  readonly limit: number;
  readonly orderBy: KpiRowOrder;
  readonly descending: boolean;
}

/** One row behind a KPI value, with its deal. */
export interface KpiRow {
  /** The row's own id: the deal's, the stage event's, the interaction's or the feedback's. */
  readonly rowId: string;
  readonly dealId: string;
  readonly customerId: string;
  readonly businessModel: string;
  readonly repId: string;
  readonly repName: string;
  readonly teamName: string | null;
  /** The instant that puts the row into the period (a deal: its creation). */
  readonly at: Date;
  readonly stage: string | null;
  readonly touchpoint: string | null;
  readonly amount: number;
  readonly measure: number | null;
  readonly startedAt: Date | null;
  readonly outcome: KpiRowOutcome | null;
  readonly outcomeAt: Date | null;
  readonly comment: string | null;
}

export interface KpiRowCounts {
  readonly total: number;
  readonly byOutcome: readonly { readonly outcome: KpiRowOutcome; readonly rows: number }[];
}

const ORDER_COLUMNS: Readonly<Record<KpiRowOrder, string>> = {
  AT: 'r.at',
  AMOUNT: 'deal.amount',
  MEASURE: 'r.measure',
};

function parameters(query: KpiRowsQuery): unknown[] {
  return [
    `${query.period.from}T00:00:00Z`,
    `${query.period.to}T00:00:00Z`,
    query.asOf.toISOString(),
    query.businessModel,
    query.repIds,
  ];
}

/** How many rows the KPI counts (its sampleSize) and how they split by outcome. */
export async function countKpiRows(runner: SqlRunner, query: KpiRowsQuery): Promise<KpiRowCounts> {
  const rows = (await runner.query(
    `${kpiRowsCte(query.kpi)}
     SELECT outcome, count(*)::int AS rows FROM kpi_row GROUP BY outcome ORDER BY outcome`,
    parameters(query),
  )) as { outcome: KpiRowOutcome | null; rows: number }[];
  return {
    total: rows.reduce((sum, row) => sum + row.rows, 0),
    byOutcome: rows.flatMap(({ outcome, rows: count }) => (outcome ? [{ outcome, rows: count }] : [])),
  };
}

/** One page of the rows, ordered as asked (ties by row id, so pages never overlap). */
export async function readKpiRows(runner: SqlRunner, query: KpiRowsQuery, page: KpiRowsPage): Promise<KpiRow[]> {
  const direction = page.descending ? 'DESC' : 'ASC';
  const rows = (await runner.query(
    `${kpiRowsCte(query.kpi)}
     SELECT r.row_id AS "rowId", r.deal_id AS "dealId", deal.customer_id AS "customerId",
            deal.business_model AS "businessModel", deal.rep_id AS "repId", rep.display_name AS "repName",
            team.name AS "teamName", r.at, r.stage, r.touchpoint, deal.amount::float8 AS amount, r.measure,
            r.started_at AS "startedAt", r.outcome, r.outcome_at AS "outcomeAt", r.comment
     FROM kpi_row r
     JOIN deal ON deal.deal_id = r.deal_id
     JOIN app_user rep ON rep.user_id = deal.rep_id
     LEFT JOIN team ON team.team_id = rep.team_id
     ORDER BY ${ORDER_COLUMNS[page.orderBy]} ${direction} NULLS LAST, r.row_id ${direction}
     LIMIT $6 OFFSET $7`,
    [...parameters(query), page.limit, page.offset],
  )) as KpiRow[];
  return rows;
}
