import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Names people tell entities apart by: unique ignoring case, within `within` (a team's region). */
interface UniqueName {
  readonly table: string;
  readonly key: string;
  readonly within: readonly string[];
  readonly index: string;
  /** The audit log's entity type, and the action its renames are recorded as. */
  readonly entityType: string;
  readonly action: string;
}

const UNIQUE_NAMES: readonly UniqueName[] = [
  {
    table: 'region',
    key: 'region_id',
    within: [],
    index: 'region_name_key',
    entityType: 'region',
    action: 'region.rename',
  },
  {
    table: 'team',
    key: 'team_id',
    within: ['region_id'],
    index: 'team_region_name_key',
    entityType: 'team',
    action: 'team.update',
  },
  {
    table: 'business_model',
    key: 'code',
    within: [],
    index: 'business_model_name_key',
    entityType: 'business_model',
    action: 'business_model.update',
  },
];

const MIGRATION = '1732500000000';

interface Duplicate {
  readonly id: string;
  readonly name: string;
  /** The row that keeps the name: the first of its namesakes by id. */
  readonly keeper: string;
  readonly scope: string[];
}

/**
 * Names were unique only by a check before each write, which concurrent writers passed together
 * (20 concurrent createRegion left 10 regions of one name). From here unique indexes decide:
 * regions and business models by lower(name), teams by lower(name) within their region; the services
 * map a violation to CONFLICT on the name field.
 *
 * Existing duplicates are renamed, not refused: this migration runs when the server starts, and
 * refusing would keep every deployment with a duplicate down until someone edits the database by
 * hand. Renaming loses nothing — every reference is by id, only the label changes — and is
 * deterministic: of each group of namesakes the first by id keeps its name, the others become
 * "North (2)", "North (3)", … (the first number no other row of the scope uses). Each rename is
 * written to the audit log (no actor, with the reason), so the entity's history says what happened,
 * and an administrator can pick a better name.
 *
 * The audit log is listed in audit_id order from here: an entry is written under the row lock of the
 * entity it describes (or the lock of its corridor series), so of two changes of one entity the later
 * to commit takes its id later, and ids order each entity's entries as they committed. occurred_at
 * was the transaction's start, which is not that order (a change that waited for the lock started
 * first); it becomes the clock time of the write, taken under the same lock, so the time shown agrees
 * with the order.
 */
export class UniqueNamesAndAuditOrder1732500000000 implements MigrationInterface {
  name = 'UniqueNamesAndAuditOrder1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const unique of UNIQUE_NAMES) {
      await renameDuplicates(queryRunner, unique);
      await queryRunner.query(
        `CREATE UNIQUE INDEX ${unique.index} ON ${unique.table} (${[...unique.within, 'lower(name)'].join(', ')})`,
      );
    }
    await queryRunner.query(`
      DROP INDEX audit_log_entity_idx;
      CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, audit_id);
      ALTER TABLE audit_log ALTER COLUMN occurred_at SET DEFAULT clock_timestamp();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Names renamed by `up` keep their new names: which of them were duplicates is in the audit log.
    await queryRunner.query(`
      ALTER TABLE audit_log ALTER COLUMN occurred_at SET DEFAULT now();
      DROP INDEX audit_log_entity_idx;
      CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);
      ${UNIQUE_NAMES.map((unique) => `DROP INDEX ${unique.index};`).join('\n')}
    `);
  }
}

async function renameDuplicates(queryRunner: QueryRunner, unique: UniqueName): Promise<void> {
  const partition = [...unique.within, 'lower(name)'].join(', ');
  const scopeSql = unique.within.length > 0 ? `ARRAY[${unique.within.join(', ')}]` : `ARRAY[]::text[]`;
  const duplicates: Duplicate[] = await queryRunner.query(`
    SELECT id, name, keeper, scope FROM (
      SELECT ${unique.key} AS id, name, ${scopeSql} AS scope,
             first_value(${unique.key}) OVER namesakes AS keeper,
             row_number() OVER namesakes AS rank
      FROM ${unique.table}
      WINDOW namesakes AS (PARTITION BY ${partition} ORDER BY ${unique.key} COLLATE "C")
    ) ranked
    WHERE rank > 1
    ORDER BY scope, lower(name), id COLLATE "C"`);
  for (const duplicate of duplicates) {
    const renamed = await freeName(queryRunner, unique, duplicate);
    await queryRunner.query(`UPDATE ${unique.table} SET name = $2 WHERE ${unique.key} = $1`, [duplicate.id, renamed]);
    await queryRunner.query(
      `INSERT INTO audit_log (actor_user_id, action, entity_type, entity_id, before, after, reason)
       VALUES (NULL, $1, $2, $3, $4::jsonb, $5::jsonb, $6)`,
      [
        unique.action,
        unique.entityType,
        duplicate.id,
        JSON.stringify({ name: duplicate.name }),
        JSON.stringify({ name: renamed }),
        `renamed by migration ${MIGRATION}: names are unique from now on (ignoring case), ` +
          `and ${unique.entityType} ${duplicate.keeper} keeps the name`,
      ],
    );
  }
}

/** "<name> (n)" with the first n ≥ 2 that no row of the duplicate's scope is called (ignoring case). */
async function freeName(queryRunner: QueryRunner, unique: UniqueName, duplicate: Duplicate): Promise<string> {
  const sameScope = unique.within.map((column, index) => ` AND ${column} = $${index + 2}`).join('');
  for (let number = 2; ; number++) {
    const candidate = `${duplicate.name} (${number})`;
    const taken: unknown[] = await queryRunner.query(
      `SELECT 1 FROM ${unique.table} WHERE lower(name) = lower($1)${sameScope}`,
      [candidate, ...duplicate.scope],
    );
    if (taken.length === 0) {
      return candidate;
    }
  }
}
