import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { BundleImporter, formatIssue, readBundleFolder } from '@salesdash/api/ingestion';
import { generateDemoBundle } from '@salesdash/tools/demo-data';

/** Into an empty database (no deals yet) loads freshly generated demo data through the normal importer. */
export async function loadDemoDataIfEmpty(
  dataSource: DataSource,
  importer: BundleImporter,
  dataDir: string,
  logger: Logger,
): Promise<void> {
  const [{ empty }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM deal) AS empty');
  if (!empty) {
    return;
  }
  const folder = join(dataDir, 'demo-bundle');
  const started = Date.now();
  await generateDemoBundle({ outDir: folder, now: new Date() });
  logger.info(`demo bundle generated in ${folder} (${Date.now() - started} ms); importing it`);
  const result = await importer.importBundle(await readBundleFolder(folder));
  if (!result.ok) {
    throw new Error(`the demo bundle was rejected:\n${result.issues.slice(0, 20).map(formatIssue).join('\n')}`);
  }
  const rate = Math.round(result.rows / (result.durationMs / 1000));
  logger.info(`demo data imported: ${result.rows} rows in ${Math.round(result.durationMs)} ms (${rate} rows/s)`);
}
