import { stat } from 'node:fs/promises';
import { type AppConfig, ConfigError, loadConfig, openDatabase } from '@salesdash/api/platform';
import { type BundleFile, BundleFolderError, readBundleFolder } from './bundle/bundle-file';
import { BundleImporter, type ImportResult } from './bundle-importer';
import { formatIssue } from './import-issue';

const USAGE =
  'usage: npm run import -- [--verbose] <folder>   (a folder of bundle CSV files, see docs/import.md; --verbose: time per step)';
const VERBOSE = '--verbose';

const EXIT_IMPORTED = 0;
const EXIT_NOT_IMPORTED = 1;
const EXIT_USAGE = 2;

type Print = (line: string) => void;

/** The import's steps with their time and share, longest first within the order they ran. */
function printPhases(result: Extract<ImportResult, { ok: true }>, out: Print): void {
  const width = Math.max(...result.phases.map((phase) => phase.name.length));
  out('time per step:');
  for (const phase of result.phases) {
    const share = (100 * phase.ms) / result.durationMs;
    out(
      `  ${phase.name.padEnd(width)}  ${(phase.ms / 1000).toFixed(2).padStart(8)} s  ${share.toFixed(1).padStart(5)} %`,
    );
  }
}

function printResult(result: ImportResult, out: Print, err: Print, verbose: boolean): number {
  if (!result.ok) {
    result.issues.forEach((issue) => err(formatIssue(issue)));
    if (result.issueCount > result.issues.length) {
      err(`… and ${result.issueCount - result.issues.length} more`);
    }
    err(`${result.issueCount} errors; nothing was imported`);
    return EXIT_NOT_IMPORTED;
  }
  for (const file of result.files) {
    out(
      `${file.file}: ${file.rows} rows, ${file.inserted} inserted, ${file.updated} updated, ${file.unchanged} unchanged`,
    );
  }
  if (verbose) {
    printPhases(result, out);
  }
  const seconds = result.durationMs / 1000;
  out(`imported ${result.rows} rows in ${seconds.toFixed(2)} s (${Math.round(result.rows / seconds)} rows/s)`);
  return EXIT_IMPORTED;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * `npm run import -- [--verbose] <folder>`: loads a bundle folder into the configured database
 * (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR); `--verbose` prints the time of each step. Exit codes: 0 imported; 1 nothing imported (bundle
 * issues, or a failure); 2 usage or configuration error.
 */
export async function runImportCli(argv: string[], env: NodeJS.ProcessEnv, out: Print, err: Print): Promise<number> {
  const verbose = argv.includes(VERBOSE);
  const folders = argv.filter((arg) => arg !== VERBOSE);
  if (folders.length !== 1 || folders[0] === '' || folders[0].startsWith('--')) {
    err(USAGE);
    return EXIT_USAGE;
  }
  const folder = folders[0];
  if (!(await isFolder(folder))) {
    err(`${folder} is not a folder`);
    err(USAGE);
    return EXIT_USAGE;
  }
  let config: AppConfig;
  let files: BundleFile[];
  try {
    config = loadConfig(env);
    files = await readBundleFolder(folder);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(error.message);
      return EXIT_USAGE;
    }
    if (error instanceof BundleFolderError) {
      err(`${error.message}; nothing was imported`);
      return EXIT_NOT_IMPORTED;
    }
    throw error;
  }
  try {
    const database = await openDatabase(config, err, { poolSize: 1, applicationName: 'salesdash-import' });
    try {
      return printResult(await new BundleImporter(database.dataSource).importBundle(files), out, err, verbose);
    } finally {
      await database.close();
    }
  } catch (error) {
    err(`import failed: ${error instanceof Error ? error.message : String(error)}; nothing was imported`);
    return EXIT_NOT_IMPORTED;
  }
}
