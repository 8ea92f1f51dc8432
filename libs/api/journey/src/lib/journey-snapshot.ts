import type { DataSource, EntityManager } from 'typeorm';
import type { HeavyQueryGate } from '@salesdash/api/platform';

/**
 * Runs `work` in one read-only REPEATABLE READ transaction (every statement sees the same data), through
 * the heavy-query gate when there is one: journey reads compute over the raw facts like KPI reads do.
 */
export function inSnapshot<T>(
  dataSource: DataSource,
  gate: HeavyQueryGate | null | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const read = () =>
    dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return work(manager);
    });
  return gate ? gate.run(read) : read();
}

/** The instant a date (UTC) begins. */
export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
