import type { SqlRunner } from '@salesdash/api/platform';

/** The rows of a SELECT (or of an INSERT … RETURNING), typed by the caller. */
export async function selectRows<T>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return (await runner.query(sql, parameters)) as T[];
}

/** The first row of a SELECT, or undefined. */
export async function selectRow<T>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<T | undefined> {
  const [row] = await selectRows<T>(runner, sql, parameters);
  return row;
}
