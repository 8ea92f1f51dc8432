import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, literal, messageColumns, messageSql } from './bundle-check';

const regions = fileSpecOf('region');
const teams = fileSpecOf('team');

/**
 * Names are unique ignoring case — regions' by themselves, teams' within their region — by the
 * indexes region_name_key and team_region_name_key. These checks find every clash first, so an
 * import is refused with `file:line column: message` instead of failing on the index: within the
 * bundle, and against stored rows that the bundle does not also hold (a stored row the bundle holds
 * gets the bundle's name, so names may move from one row to another within one import).
 */
export const NAME_CHECKS: readonly BundleCheck[] = [
  {
    name: 'duplicate region name in bundle',
    sql: `
      SELECT ${literal(regions.file)} AS file, i.line, 'name' AS col,
             ${messageColumns(messageSql('REGION_NAME_REPEATED_IN_BUNDLE', { name: 'i.name', firstLine: 'd.first_line' }))}
      FROM ${regions.staging} i
      JOIN (SELECT lower(name) AS folded, min(line) AS first_line FROM ${regions.staging}
            WHERE name IS NOT NULL GROUP BY lower(name) HAVING count(*) > 1) d ON d.folded = lower(i.name)
      WHERE i.line > d.first_line`,
  },
  {
    name: 'name of a stored region',
    sql: `
      SELECT ${literal(regions.file)} AS file, i.line, 'name' AS col,
             ${messageColumns(messageSql('REGION_NAME_OF_STORED_REGION', { name: 'i.name', regionId: 'r.region_id' }))}
      FROM ${regions.staging} i
      JOIN ${regions.table} r ON lower(r.name) = lower(i.name)
      WHERE r.region_id <> i.region_id
        AND NOT EXISTS (SELECT 1 FROM ${regions.staging} replaced WHERE replaced.region_id = r.region_id)`,
  },
  {
    name: 'duplicate team name of a region in bundle',
    sql: `
      SELECT ${literal(teams.file)} AS file, i.line, 'name' AS col,
             ${messageColumns(
               messageSql('TEAM_NAME_REPEATED_IN_BUNDLE', {
                 name: 'i.name',
                 firstLine: 'd.first_line',
                 regionId: 'i.region_id',
               }),
             )}
      FROM ${teams.staging} i
      JOIN (SELECT region_id, lower(name) AS folded, min(line) AS first_line FROM ${teams.staging}
            WHERE name IS NOT NULL AND region_id IS NOT NULL
            GROUP BY region_id, lower(name) HAVING count(*) > 1) d
        ON d.region_id = i.region_id AND d.folded = lower(i.name)
      WHERE i.line > d.first_line`,
  },
  {
    name: 'name of a stored team of the region',
    sql: `
      SELECT ${literal(teams.file)} AS file, i.line, 'name' AS col,
             ${messageColumns(
               messageSql('TEAM_NAME_OF_STORED_TEAM', { name: 'i.name', teamId: 't.team_id', regionId: 't.region_id' }),
             )}
      FROM ${teams.staging} i
      JOIN ${teams.table} t ON t.region_id = i.region_id AND lower(t.name) = lower(i.name)
      WHERE t.team_id <> i.team_id
        AND NOT EXISTS (SELECT 1 FROM ${teams.staging} replaced WHERE replaced.team_id = t.team_id)`,
  },
];
