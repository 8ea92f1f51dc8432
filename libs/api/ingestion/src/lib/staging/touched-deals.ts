import { type FileSpec, fileSpecOf } from '../schema/bundle-schema';

/** The tables whose rows belong to a deal, and so change what the deal contributes to the facts layer. */
export const DEAL_TABLES: readonly string[] = ['deal', 'stage_event', 'interaction', 'feedback'];
const DEAL_FILES = DEAL_TABLES.map(fileSpecOf);

/** Staged rows that the upsert will write: new ones, and those that differ from the stored row. */
function writtenRows(spec: FileSpec): string {
  const compared = spec.columns.map((column) => column.name).filter((column) => column !== spec.key);
  return `
    SELECT s.deal_id FROM ${spec.staging} s
    LEFT JOIN ${spec.table} b ON b.${spec.key} = s.${spec.key}
    WHERE b.${spec.key} IS NULL
       OR (${compared.map((column) => `b.${column}`).join(', ')}) IS DISTINCT FROM (${compared.map((column) => `s.${column}`).join(', ')})`;
}

/** Stored rows that the upsert moves to another deal: their old deal loses them. */
function movedAway(spec: FileSpec): string {
  return `
    SELECT b.deal_id FROM ${spec.staging} s
    JOIN ${spec.table} b ON b.${spec.key} = s.${spec.key}
    WHERE b.deal_id <> s.deal_id`;
}

/**
 * The deals the staged bundle touches: each deal whose own row, or any of whose events, interactions
 * or feedback, the upsert inserts or changes, including rows moved from one deal to another. Unchanged
 * rows touch nothing, so re-importing a bundle leaves the facts layer alone.
 */
export const TOUCHED_DEALS_SQL = [
  ...DEAL_FILES.map(writtenRows),
  ...DEAL_FILES.filter((spec) => spec.table !== 'deal').map(movedAway),
].join('\n    UNION ALL');
