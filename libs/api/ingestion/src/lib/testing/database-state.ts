import type { DataSource } from 'typeorm';

/** Tables an import writes, in dependency order. */
export const IMPORTED_TABLES = [
  'region',
  'team',
  'app_user',
  'deal',
  'stage_event',
  'interaction',
  'feedback',
  'target',
] as const;

/** Empties every imported table, and whatever refers to their rows (audit log, sessions of the users). */
export async function clearImportedTables(dataSource: DataSource): Promise<void> {
  await dataSource.query(`TRUNCATE ${IMPORTED_TABLES.join(', ')}, audit_log CASCADE`);
}

/** Every row of every imported table as text, in a stable order: compare two to see any change. */
export async function snapshotImportedTables(dataSource: DataSource): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of IMPORTED_TABLES) {
    const rows: { row: string }[] = await dataSource.query(`SELECT t::text AS row FROM ${table} t ORDER BY 1`);
    snapshot[table] = rows.map((entry) => entry.row);
  }
  return snapshot;
}

export async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [{ count }]: { count: number }[] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}
