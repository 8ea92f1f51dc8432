import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { IMPORT_TEXTS } from './import.texts';

/** The files a bundle may hold (docs/import.md#files). The API checks them again and names them when it refuses. */
export const BUNDLE_FILE_NAMES = [
  'regions.csv',
  'teams.csv',
  'users.csv',
  'deals.csv',
  'stage_events.csv',
  'interactions.csv',
  'feedback.csv',
  'targets.csv',
] as const;

/** The API's caps of one upload (libs/api/ingestion DEFAULT_UPLOAD_LIMITS), shown before choosing. */
export const UPLOAD_LIMITS = { maxFileBytes: 64_000_000, maxUploadBytes: 128_000_000 } as const;

/** Why the API would refuse a chosen file, found before uploading it. */
export type FileProblem = 'UNKNOWN_NAME' | 'TOO_LARGE';

export interface ChosenFile {
  readonly file: File;
  readonly problem: FileProblem | null;
}

function problemOf(file: File): FileProblem | null {
  if (!(BUNDLE_FILE_NAMES as readonly string[]).includes(file.name)) {
    return 'UNKNOWN_NAME';
  }
  return file.size > UPLOAD_LIMITS.maxFileBytes ? 'TOO_LARGE' : null;
}

function bundleRank(name: string): number {
  const index = (BUNDLE_FILE_NAMES as readonly string[]).indexOf(name);
  return index === -1 ? BUNDLE_FILE_NAMES.length : index;
}

/**
 * The chosen files after adding more: a name chosen again replaces the earlier file (a bundle holds
 * each file once), and the list keeps bundle order, unknown names last.
 */
export function addFiles(chosen: readonly ChosenFile[], added: Iterable<File>): ChosenFile[] {
  const byName = new Map(chosen.map((entry) => [entry.file.name, entry]));
  for (const file of added) {
    byName.set(file.name, { file, problem: problemOf(file) });
  }
  return [...byName.values()].sort(
    (a, b) => bundleRank(a.file.name) - bundleRank(b.file.name) || a.file.name.localeCompare(b.file.name),
  );
}

export function totalSize(chosen: readonly ChosenFile[]): number {
  return chosen.reduce((sum, entry) => sum + entry.file.size, 0);
}

const units = [
  { from: 1_000_000, unit: 'MB' },
  { from: 1_000, unit: 'kB' },
] as const;

/** A size as the API states its caps: decimal units, `6.3 MB`, `59 bytes`. */
export function formatSize(bytes: number): string {
  const scale = units.find((candidate) => bytes >= candidate.from);
  if (!scale) {
    return interpolate(IMPORT_TEXTS.chosen.bytes, { value: bytes });
  }
  const value = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 1 }).format(bytes / scale.from);
  return `${value} ${scale.unit}`;
}
