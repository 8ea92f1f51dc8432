/**
 * How many reps a scope has for corridors per rep and month (docs/corridors.md#basis): users with role SALES_REP
 * whose team lies in the scope, deactivated ones included (their deals still count).
 *   $1 scope type (COMPANY|REGION|TEAM), $2 the scope's ids (NULL for COMPANY), $3 each id its own
 *   scope (boolean): false counts the reps of all ids together (group_id NULL), true per id.
 * A REP scope is one rep by definition and needs no statement.
 */
export interface RepCountRow {
  group_id: string | null;
  reps: number;
}

export const REP_COUNT_SQL = `
SELECT s.group_id, count(u.user_id)::int AS reps
FROM (
  SELECT CASE WHEN $3::boolean THEN CASE $1::text WHEN 'REGION' THEN t.region_id ELSE t.team_id END END AS group_id,
         t.team_id
  FROM team t
  WHERE $1::text = 'COMPANY'
     OR ($1::text = 'REGION' AND t.region_id = ANY ($2::text[]))
     OR ($1::text = 'TEAM' AND t.team_id = ANY ($2::text[]))
) s
LEFT JOIN app_user u ON u.team_id = s.team_id AND u.role = 'SALES_REP'
GROUP BY s.group_id`;
