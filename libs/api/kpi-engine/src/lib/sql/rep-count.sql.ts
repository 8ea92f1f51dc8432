/**
 * How many reps a scope has for corridors per rep and month (KPI-SPEC §5.1): users with role SALES_REP
 * whose team lies in the scope, deactivated ones included (their deals still count).
 *   $1 scope type (COMPANY|REGION|TEAM), $2 the scope's ids (NULL for COMPANY).
 * A REP scope is one rep by definition and needs no statement.
 */
export const REP_COUNT_SQL = `
SELECT count(*)::int AS reps
FROM app_user u
JOIN team t ON t.team_id = u.team_id
WHERE u.role = 'SALES_REP'
  AND ($1::text = 'COMPANY'
       OR ($1::text = 'REGION' AND t.region_id = ANY ($2::text[]))
       OR ($1::text = 'TEAM' AND t.team_id = ANY ($2::text[])))`;
