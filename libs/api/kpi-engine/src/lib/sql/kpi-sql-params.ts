/**
 * Parameters shared by every KPI family statement. Periods are passed as arrays so that one
 * statement computes one period (kpiValues) or many (a 12-month trend) alike.
 *   $1 period starts (timestamptz[]), $2 period ends (timestamptz[]), $3 asOf (timestamptz),
 *   $4 business models (text[]), $5 rep ids of the row scope (text[]; NULL = every deal),
 *   $6 by rep (boolean): false groups by period and business model; true also by the deal's rep, so
 *   one statement measures each rep of the scope as if alone (rep_id is NULL when false).
 */
export interface FamilyParams {
  readonly periodStarts: readonly string[];
  readonly periodEnds: readonly string[];
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  readonly repIds: readonly string[] | null;
  readonly byRep: boolean;
}

/** The group every family row belongs to: a period, a business model and, when measured by rep, a rep. */
export interface FamilyGroup {
  period_index: number;
  business_model: string;
  rep_id: string | null;
}

export function familyParameters(params: FamilyParams): unknown[] {
  return [
    params.periodStarts,
    params.periodEnds,
    params.asOf.toISOString(),
    params.businessModels,
    params.repIds,
    params.byRep,
  ];
}

/** Periods and the deals of the row scope; every family statement starts with these CTEs. */
export const SCOPED_PERIODS_AND_DEALS = `
  period AS (
    -- as_of types $3 for the families that do not read it
    SELECT p.ord::int AS period_index, p.from_at, p.to_at, $3::timestamptz AS as_of
    FROM unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS p(from_at, to_at, ord)
  ),
  scoped_deal AS (
    SELECT d.deal_id, d.business_model, d.created_at, d.amount, CASE WHEN $6::boolean THEN d.rep_id END AS rep_id
    FROM deal d
    WHERE d.business_model = ANY($4::text[])
      AND ($5::text[] IS NULL OR d.rep_id = ANY($5::text[]))
  )`;

/** Exact days between two instants: seconds (with microseconds) / 86400, never rounded. */
export function daysBetweenSql(later: string, earlier: string): string {
  return `(extract(epoch FROM ${later}) - extract(epoch FROM ${earlier})) / 86400`;
}
