import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { BENCH_FILES, BENCH_HEADERS, type BenchFile } from './generate-bundle';
import { withClient } from './postgres';

/** The column types a plain table gets; every other column is text. */
function columnType(column: string): string {
  if (column.endsWith('_at')) {
    return 'timestamptz';
  }
  if (column === 'amount' || column === 'response_minutes') {
    return 'numeric';
  }
  if (column === 'csat' || column === 'nps') {
    return 'integer';
  }
  if (column === 'info_complete') {
    return 'boolean';
  }
  return 'text';
}

export function rawTableSql(file: BenchFile): string {
  const columns = BENCH_HEADERS[file].split(',');
  const table = file.replace('.csv', '');
  const definitions = columns.map(
    (column, index) => `${column} ${columnType(column)}${index === 0 ? ' PRIMARY KEY' : ''}`,
  );
  return `CREATE TABLE ${table} (${definitions.join(', ')})`;
}

export interface RawCopyResult {
  readonly rows: number;
  readonly ms: number;
}

/**
 * The baseline: `\copy` of the same files into plain typed tables with primary keys (no checks,
 * no foreign keys), in one transaction, in the database at `url`.
 */
export async function rawCopy(url: string, dir: string): Promise<RawCopyResult> {
  return withClient(url, async (client) => {
    const started = performance.now();
    let rows = 0;
    await client.query('BEGIN');
    for (const file of BENCH_FILES) {
      await client.query(rawTableSql(file));
      const table = file.replace('.csv', '');
      const copy = client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`));
      await pipeline(createReadStream(join(dir, file)), copy);
      rows += copy.rowCount ?? 0;
    }
    await client.query('COMMIT');
    return { rows, ms: performance.now() - started };
  });
}
