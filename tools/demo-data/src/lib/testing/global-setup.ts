import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoBundle } from '../demo-data';
import { BUNDLE_DIR_ENV, makeTempDir, TEST_NOW } from './bundle';

/** Generates the shared test bundle once per run; suites only read and parse it. */
export default async function globalSetup(): Promise<void> {
  const root = await makeTempDir();
  const summary = await generateDemoBundle({ outDir: join(root, 'bundle'), now: TEST_NOW });
  await writeFile(join(root, 'summary.json'), JSON.stringify(summary));
  process.env[BUNDLE_DIR_ENV] = root;
}
