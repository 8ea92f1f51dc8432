import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, literal, messageColumns, messageSql, type MessageSql, textLiteral } from './bundle-check';

/** Tables no bundle file loads: references to them resolve against stored rows only, and the refusal lists those. */
const STORED_ONLY = {
  business_model: { key: 'code', unknown: 'UNKNOWN_STORED_BUSINESS_MODEL' },
  kpi: { key: 'code', unknown: 'UNKNOWN_STORED_KPI' },
} as const;

/** How a reference to a table a bundle file loads is refused when neither the bundle nor the database holds it. */
const UNRESOLVED = {
  region: 'UNRESOLVED_REGION',
  team: 'UNRESOLVED_TEAM',
  app_user: 'UNRESOLVED_USER',
  deal: 'UNRESOLVED_DEAL',
} as const;

type StoredOnlyTable = keyof typeof STORED_ONLY;

interface Reference {
  readonly table: string;
  readonly column: string;
  readonly target: StoredOnlyTable | keyof typeof UNRESOLVED;
  /** Only rows matching this SQL condition hold a reference to `target`. */
  readonly when?: string;
}

function isStoredOnly(table: Reference['target']): table is StoredOnlyTable {
  return table in STORED_ONLY;
}

const REFERENCES: readonly Reference[] = [
  { table: 'team', column: 'region_id', target: 'region' },
  { table: 'team', column: 'manager_user_id', target: 'app_user' },
  { table: 'app_user', column: 'team_id', target: 'team' },
  { table: 'deal', column: 'rep_id', target: 'app_user' },
  { table: 'deal', column: 'business_model', target: 'business_model' },
  { table: 'stage_event', column: 'deal_id', target: 'deal' },
  { table: 'interaction', column: 'deal_id', target: 'deal' },
  { table: 'interaction', column: 'rep_id', target: 'app_user' },
  { table: 'feedback', column: 'deal_id', target: 'deal' },
  { table: 'target', column: 'business_model', target: 'business_model' },
  { table: 'target', column: 'kpi', target: 'kpi' },
  { table: 'target', column: 'scope_id', target: 'app_user', when: `i.scope_type = 'REP'` },
  { table: 'target', column: 'scope_id', target: 'team', when: `i.scope_type = 'TEAM'` },
];

/** SQL condition: the reference in `value` resolves to no row (bundle or stored). */
function unresolvedSql(target: Reference['target'], value: string): string {
  if (isStoredOnly(target)) {
    return `NOT EXISTS (SELECT 1 FROM ${target} t WHERE t.${STORED_ONLY[target].key} = ${value})`;
  }
  const spec = fileSpecOf(target);
  // Two NOT EXISTS, not NOT (… OR …): PostgreSQL plans each as an anti-join.
  return `NOT EXISTS (SELECT 1 FROM ${spec.staging} t WHERE t.${spec.key} = ${value})
      AND NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE t.${spec.key} = ${value})`;
}

function unresolvedMessageSql(target: Reference['target'], value: string): MessageSql {
  if (isStoredOnly(target)) {
    const { key, unknown } = STORED_ONLY[target];
    return messageSql(unknown, {
      value,
      known: `(SELECT string_agg(${key}, ', ' ORDER BY ${key}) FROM ${target})`,
    });
  }
  return messageSql(UNRESOLVED[target], { value, file: textLiteral(fileSpecOf(target).file) });
}

function referenceCheck({ table, column, target, when }: Reference): BundleCheck {
  const source = fileSpecOf(table);
  const value = `i.${column}`;
  return {
    name: `${table}.${column} → ${target}`,
    sql: `
      SELECT ${literal(source.file)} AS file, i.line, ${literal(column)} AS col,
             ${messageColumns(unresolvedMessageSql(target, value))}
      FROM ${source.staging} i
      WHERE ${value} IS NOT NULL${when ? ` AND ${when}` : ''}
        AND ${unresolvedSql(target, value)}`,
  };
}

/** Every reference resolves inside the bundle or to a stored row (docs/import.md#references). */
export const REFERENCE_CHECKS: readonly BundleCheck[] = REFERENCES.map(referenceCheck);
