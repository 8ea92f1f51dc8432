import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { CorridorPublisher } from '@salesdash/api/policies';
import { DEMO_CORRIDORS, demoDataStart } from '@salesdash/tools/demo-data';

/**
 * Into a database without any corridor publishes the demo corridors as the system, through the same
 * publisher (validated, versioned, audited) controlling uses, in force from the start of the demo data.
 */
export async function seedDemoCorridorsIfNone(
  dataSource: DataSource,
  publisher: CorridorPublisher,
  logger: Logger,
): Promise<void> {
  const [{ none }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM corridor_policy) AS none');
  if (!none) {
    return;
  }
  const effectiveFrom = demoDataStart(new Date());
  for (const corridor of DEMO_CORRIDORS) {
    await publisher.publish(null, { ...corridor, segment: null, effectiveFrom, expectedVersion: null });
  }
  logger.info(`demo corridors published: ${DEMO_CORRIDORS.length}, in force from ${effectiveFrom}`);
}
