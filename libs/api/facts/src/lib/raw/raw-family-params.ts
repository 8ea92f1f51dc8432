import type { FactQuery } from '../fact-families';

/**
 * Parameters shared by every raw family statement. Periods are passed as arrays so that one
 * statement computes one period (kpiValues) or many (a 12-month trend) alike.
 *   $1 period starts (timestamptz[]), $2 period ends (timestamptz[]), $3 asOf (timestamptz),
 *   $4 business models (text[]), $5 rep ids of the row scope (text[]; NULL = every deal),
 *   $6, $7 the groups' rep ids and group ids, pair by pair (FactQuery.groups; NULL: one group, whose
 *   group_id is NULL), so one statement measures each group as if alone.
 */
export function rawFamilyParameters(query: FactQuery): unknown[] {
  return [
    query.periods.map((period) => `${period.from}T00:00:00Z`),
    query.periods.map((period) => `${period.to}T00:00:00Z`),
    query.asOf.toISOString(),
    query.businessModels,
    query.repIds,
    query.groups?.repIds ?? null,
    query.groups?.groupIds ?? null,
  ];
}

/** Periods and the deals of the row scope; every raw family statement starts with these CTEs. */
export const SCOPED_PERIODS_AND_DEALS = `
  period AS (
    -- as_of types $3 for the families that do not read it
    SELECT p.ord::int AS period_index, p.from_at, p.to_at, $3::timestamptz AS as_of
    FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(from_at, to_at, ord)
  ),
  scoped_deal AS (
    SELECT d.deal_id, d.business_model, d.created_at, d.amount, g.group_id
    FROM deal d
    -- a deal counts once for each group of its rep (no pairs: once, for the one group NULL)
    LEFT JOIN unnest($6::text[], $7::text[]) AS g(rep_id, group_id) ON g.rep_id = d.rep_id
    WHERE d.business_model = ANY($4::text[])
      AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))
      AND ($6::text[] IS NULL OR g.rep_id IS NOT NULL)
  )`;

/** Exact days between two instants: seconds (with microseconds) / 86400, never rounded. */
export function daysBetweenSql(later: string, earlier: string): string {
  return `(extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})) / 86400`;
}
