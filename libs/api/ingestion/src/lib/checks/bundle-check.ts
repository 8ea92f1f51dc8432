/**
 * One set-based check: a SELECT over the staging tables (and the stored tables) answering the
 * issues it finds as rows of (file, line, col, message).
 */
export interface BundleCheck {
  readonly name: string;
  readonly sql: string;
}

/** SQL expression quoting a text value for a message. */
export function quotedSql(expression: string): string {
  return `'''' || ${expression} || ''''`;
}

/** SQL expression showing a timestamptz in UTC, microseconds only when present. */
export function instantSql(expression: string): string {
  return `((${expression}) AT TIME ZONE 'UTC')::text || ' UTC'`;
}

/** SQL string literal. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
