import type { SqlRunner } from '../audit/audit-trail';

/** A write of fewer rows than this is never worth rebuilding indexes for. */
const MIN_BULK_ROWS = 10_000;

interface SetAside {
  readonly kind: 'index' | 'constraint';
  readonly name: string;
  readonly definition: string;
}

/**
 * What can be rebuilt after the write: every index but the primary key (upserts find rows by it;
 * with $2, into an empty table, the primary key too), and the foreign keys and unique constraints; an
 * index or key another table's foreign key depends on stays. Read from the catalogue, so they come back
 * exactly as the migrations made them. The primary key first, then indexes, then unique constraints,
 * then foreign keys, so a validating join may use a rebuilt index.
 */
const SET_ASIDE_SQL = `
  SELECT 'constraint' AS kind, c.conname AS name, pg_get_constraintdef(c.oid) AS definition,
         CASE c.contype WHEN 'p' THEN -1 WHEN 'u' THEN 1 ELSE 2 END AS rank
  FROM pg_constraint c
  WHERE c.conrelid = $1::regclass AND (c.contype IN ('f', 'u') OR (c.contype = 'p' AND $2::boolean))
    AND NOT EXISTS (SELECT 1 FROM pg_constraint r
                    WHERE r.contype = 'f' AND r.confrelid = c.conrelid AND r.conindid = c.conindid
                      AND c.contype IN ('u', 'p'))
  UNION ALL
  SELECT 'index', i.relname, pg_get_indexdef(x.indexrelid), 0
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
  WHERE x.indrelid = $1::regclass AND NOT x.indisprimary
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
  ORDER BY rank, name`;

/** How a bulk write may treat the table. */
export interface SetAsideOptions {
  /** The table is empty and the write only inserts: nothing finds rows by key meanwhile, so the primary key waits too. */
  readonly primaryKey?: boolean;
}

/**
 * PostgreSQL alters no table that still has deferred checks pending (dropping a foreign key alters
 * the referenced table too), so the checks waiting for the end of the transaction run now; the rows
 * they wait for must have been written. Every deferrable constraint of the schema is initially
 * deferred (ingestion's bulk-write.spec checks it), so deferring all again restores the modes.
 */
const RUN_DEFERRED_CHECKS_NOW_SQL = 'SET CONSTRAINTS ALL IMMEDIATE; SET CONSTRAINTS ALL DEFERRED';

/**
 * Whether writing `rows` into `table` is a bulk write: at least twice as many rows as the table holds
 * (by the planner's estimate, which every import refreshes), so at least half of them are new and the
 * table grows by half or more. Re-importing what is stored is not one.
 */
export async function isBulkWrite(runner: SqlRunner, table: string, rows: number): Promise<boolean> {
  if (rows < MIN_BULK_ROWS) {
    return false;
  }
  const [{ stored }] = (await runner.query(
    `SELECT greatest(reltuples, 0)::float8 AS stored FROM pg_class WHERE oid = $1::regclass`,
    [table],
  )) as { stored: number }[];
  return rows >= 2 * stored;
}

/** Whether `table` holds no row: into an empty table every row is new (no key can conflict). */
export async function isTableEmpty(runner: SqlRunner, table: string): Promise<boolean> {
  const [{ empty }] = (await runner.query(`SELECT NOT EXISTS (SELECT 1 FROM ${table}) AS empty`)) as {
    empty: boolean;
  }[];
  return empty;
}

/**
 * Sets the secondary indexes, foreign keys and unique constraints of `table` aside for a bulk write;
 * answers the function that rebuilds them. PostgreSQL then builds each index once by sorting instead
 * of maintaining it row by row, and validates each constraint with one join instead of a check per
 * row. DDL is transactional, so it runs in the caller's transaction and a failure anywhere restores
 * everything. The table stays locked exclusively until that transaction ends (readers wait), which
 * is why only bulk writes (isBulkWrite) should take this way.
 */
export async function setIndexesAside(
  runner: SqlRunner,
  table: string,
  options: SetAsideOptions = {},
): Promise<() => Promise<void>> {
  await runner.query(RUN_DEFERRED_CHECKS_NOW_SQL);
  const setAside = (await runner.query(SET_ASIDE_SQL, [table, options.primaryKey === true])) as SetAside[];
  for (const item of setAside) {
    await runner.query(
      item.kind === 'index'
        ? `DROP INDEX ${quoteIdentifier(item.name)}`
        : `ALTER TABLE ${table} DROP CONSTRAINT ${quoteIdentifier(item.name)}`,
    );
  }
  return async () => {
    for (const item of setAside) {
      await runner.query(
        item.kind === 'index'
          ? item.definition
          : `ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdentifier(item.name)} ${item.definition}`,
      );
    }
  };
}

/** Runs a bulk write into `table` with its indexes and constraints set aside (setIndexesAside), then rebuilds them. */
export async function withIndexesSetAside<T>(
  runner: SqlRunner,
  table: string,
  write: () => Promise<T>,
  options: SetAsideOptions = {},
): Promise<T> {
  const rebuild = await setIndexesAside(runner, table, options);
  const result = await write();
  await rebuild();
  return result;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
