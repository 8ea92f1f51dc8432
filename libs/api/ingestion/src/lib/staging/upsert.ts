import { isBulkWrite, isTableEmpty, withIndexesSetAside } from '@salesdash/api/platform';
import type { QueryRunner } from 'typeorm';
import type { ImportPhases } from '../import-phases';
import { BUNDLE_FILES, type FileSpec, fileSpecOf } from '../schema/bundle-schema';

export interface UpsertCounts {
  readonly inserted: number;
  readonly updated: number;
}

/**
 * Inserts new rows and updates changed ones; an unchanged row is not written at all, so a
 * re-import changes nothing. `xmax = 0` tells a freshly inserted row from an updated one. Only the
 * file's columns are written: app_user.password_hash and active are never touched.
 */
function upsertSql(spec: FileSpec): string {
  const columns = spec.columns.map((column) => column.name);
  const updated = columns.filter((column) => column !== spec.key);
  return `
    WITH written AS (
      INSERT INTO ${spec.table} (${columns.join(', ')})
      SELECT ${columns.join(', ')} FROM ${spec.staging}
      ON CONFLICT (${spec.key}) DO UPDATE SET ${updated.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}
      WHERE (${updated.map((column) => `${spec.table}.${column}`).join(', ')})
            IS DISTINCT FROM (${updated.map((column) => `EXCLUDED.${column}`).join(', ')})
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
    FROM written`;
}

/**
 * Into an empty table (the first import) every row is new: a plain insert, without the second probe
 * of the key that INSERT … ON CONFLICT makes for every row.
 */
function insertAllSql(spec: FileSpec): string {
  const columns = spec.columns.map((column) => column.name).join(', ');
  return `
    WITH written AS (INSERT INTO ${spec.table} (${columns}) SELECT ${columns} FROM ${spec.staging} RETURNING 1)
    SELECT count(*)::int AS inserted, 0 AS updated FROM written`;
}

const users = fileSpecOf('app_user');

/**
 * Unique lower(email) is checked row by row, so an address moving from one user to another within
 * the bundle would collide mid-statement: first park the changing addresses on values no real
 * address can take (no @; md5 because ids may differ only in case).
 */
const RELEASE_CHANGING_EMAILS_SQL = `
  UPDATE app_user u SET email = 'moving:' || md5(u.user_id)
  FROM ${users.staging} i
  WHERE i.user_id = u.user_id AND lower(i.email) <> lower(u.email)`;

const regions = fileSpecOf('region');
const teams = fileSpecOf('team');

/**
 * Names are unique ignoring case as well (a team's within its region), also checked row by row, so
 * regions and teams whose name (or a team's region) changes are parked first too: on chr(1) and the
 * md5 of their id, unique per row and no name anyone types. The checks have made sure the final
 * names clash with nothing.
 */
const RELEASE_CHANGING_NAMES_SQL: ReadonlyMap<FileSpec, string> = new Map([
  [
    regions,
    `UPDATE region r SET name = chr(1) || md5(r.region_id)
     FROM ${regions.staging} i
     WHERE i.region_id = r.region_id AND lower(i.name) <> lower(r.name)`,
  ],
  [
    teams,
    `UPDATE team t SET name = chr(1) || md5(t.team_id)
     FROM ${teams.staging} i
     WHERE i.team_id = t.team_id AND (i.region_id <> t.region_id OR lower(i.name) <> lower(t.name))`,
  ],
]);

async function upsert(queryRunner: QueryRunner, spec: FileSpec): Promise<UpsertCounts> {
  if (spec === users) {
    await queryRunner.query(RELEASE_CHANGING_EMAILS_SQL);
  }
  const releaseNames = RELEASE_CHANGING_NAMES_SQL.get(spec);
  if (releaseNames) {
    await queryRunner.query(releaseNames);
  }
  const empty = await isTableEmpty(queryRunner, spec.table);
  const [counts] = (await queryRunner.query(empty ? insertAllSql(spec) : upsertSql(spec))) as UpsertCounts[];
  return counts;
}

/**
 * Upserts every staged table in dependency order; answers the counts by file name. A table the
 * bundle writes in bulk (isBulkWrite) gets its indexes and constraints set aside and rebuilt after.
 */
export async function upsertAll(
  queryRunner: QueryRunner,
  stagedRows: ReadonlyMap<string, number>,
  phases: ImportPhases,
): Promise<Map<string, UpsertCounts>> {
  const counts = new Map<string, UpsertCounts>();
  for (const spec of BUNDLE_FILES) {
    const rows = stagedRows.get(spec.file);
    if (rows === undefined) {
      continue;
    }
    const bulk = await isBulkWrite(queryRunner, spec.table, rows);
    const written = await phases.time(`write ${spec.file}${bulk ? ' (indexes rebuilt)' : ''}`, () =>
      bulk ? withIndexesSetAside(queryRunner, spec.table, () => upsert(queryRunner, spec)) : upsert(queryRunner, spec),
    );
    counts.set(spec.file, written);
  }
  return counts;
}
