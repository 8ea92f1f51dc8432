import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoBundleSummary } from '../demo-data';
import { BUNDLE_FILES, type BundleFile } from '../output/bundle-writer';
import { readCsv, type CsvTable } from './csv-reader';

/** The fixed clock of the tests (mid-day, to show the data stops at the day's start). */
export const TEST_NOW = new Date('2025-06-15T10:30:00Z');

/** Parsing the shared bundle, or generating another one, takes seconds on a busy machine. */
export const LOAD_TIMEOUT_MS = 60_000;

export interface LoadedBundle {
  readonly dir: string;
  readonly summary: DemoBundleSummary;
  readonly tables: Readonly<Record<BundleFile, CsvTable>>;
}

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'demo-data-'));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function loadTables(dir: string): Promise<Record<BundleFile, CsvTable>> {
  const tables = await Promise.all(BUNDLE_FILES.map(async (file) => [file, await readCsv(join(dir, file))] as const));
  return Object.fromEntries(tables) as Record<BundleFile, CsvTable>;
}

/** Where the global setup leaves the shared bundle (`bundle/` and `summary.json`). */
export const BUNDLE_DIR_ENV = 'DEMO_DATA_TEST_BUNDLE';

/** The bundle generated once for TEST_NOW by the global setup, parsed. */
export async function loadSharedBundle(): Promise<LoadedBundle> {
  const root = process.env[BUNDLE_DIR_ENV];
  if (!root) {
    throw new Error(`${BUNDLE_DIR_ENV} is not set: run the suites through jest.config.cts`);
  }
  const dir = join(root, 'bundle');
  const summary = JSON.parse(await readFile(join(root, 'summary.json'), 'utf8')) as DemoBundleSummary;
  return { dir, summary, tables: await loadTables(dir) };
}
