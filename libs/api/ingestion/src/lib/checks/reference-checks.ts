import { fileSpecOf } from '../schema/bundle-schema';
import { type BundleCheck, literal, quotedSql } from './bundle-check';

interface Reference {
  readonly table: string;
  readonly column: string;
  readonly target: string;
  /** Only rows matching this SQL condition hold a reference to `target`. */
  readonly when?: string;
}

/** Tables no bundle file loads: references to them resolve against stored rows only. */
const STORED_ONLY: Readonly<Record<string, { key: string; noun: string }>> = {
  business_model: { key: 'code', noun: 'business model' },
  kpi: { key: 'code', noun: 'KPI' },
};

const NOUNS: Readonly<Record<string, string>> = { region: 'region', team: 'team', app_user: 'user', deal: 'deal' };

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
function unresolvedSql(target: string, value: string): string {
  const storedOnly = STORED_ONLY[target];
  if (storedOnly) {
    return `NOT EXISTS (SELECT 1 FROM ${target} t WHERE t.${storedOnly.key} = ${value})`;
  }
  const spec = fileSpecOf(target);
  // Two NOT EXISTS, not NOT (… OR …): PostgreSQL plans each as an anti-join.
  return `NOT EXISTS (SELECT 1 FROM ${spec.staging} t WHERE t.${spec.key} = ${value})
      AND NOT EXISTS (SELECT 1 FROM ${spec.table} t WHERE t.${spec.key} = ${value})`;
}

function unresolvedMessageSql(target: string, value: string): string {
  const storedOnly = STORED_ONLY[target];
  if (storedOnly) {
    return `format('unknown %s %s (known: %s)', ${literal(storedOnly.noun)}, ${quotedSql(value)},
                   (SELECT string_agg(${storedOnly.key}, ', ' ORDER BY ${storedOnly.key}) FROM ${target}))`;
  }
  return `format('unknown %s %s (neither in %s nor stored)', ${literal(NOUNS[target])}, ${quotedSql(value)},
                 ${literal(fileSpecOf(target).file)})`;
}

function referenceCheck({ table, column, target, when }: Reference): BundleCheck {
  const source = fileSpecOf(table);
  const value = `i.${column}`;
  return {
    name: `${table}.${column} → ${target}`,
    sql: `
      SELECT ${literal(source.file)} AS file, i.line, ${literal(column)} AS col,
             ${unresolvedMessageSql(target, value)} AS message
      FROM ${source.staging} i
      WHERE ${value} IS NOT NULL${when ? ` AND ${when}` : ''}
        AND ${unresolvedSql(target, value)}`,
  };
}

/** Every reference resolves inside the bundle or to a stored row (docs/import.md#references). */
export const REFERENCE_CHECKS: readonly BundleCheck[] = REFERENCES.map(referenceCheck);
