import { extname } from 'node:path';
import { importIssue, type IssueLog } from '../import-issue';
import { BUNDLE_FILES, type FileSpec, fileSpecByName } from '../schema/bundle-schema';
import type { BundleFile } from './bundle-file';

export interface LoadableFile {
  readonly spec: FileSpec;
  readonly file: BundleFile;
}

/** Issues about the bundle as a whole are reported on this pseudo file, line 0. */
export const BUNDLE_ISSUE_FILE = '-';

/** Orders issues: the bundle first, then the files in the order of docs/import.md#files, then unknown files. */
export function fileRank(file: string): number {
  if (file === BUNDLE_ISSUE_FILE) {
    return -1;
  }
  const rank = BUNDLE_FILES.findIndex((spec) => spec.file === file);
  return rank === -1 ? BUNDLE_FILES.length : rank;
}

/**
 * The bundle's CSV files that can be loaded, in dependency order. Files that are not CSV are
 * ignored; unknown CSV names, a file given twice and an empty bundle are issues.
 */
export function loadableFiles(files: readonly BundleFile[], issues: IssueLog): LoadableFile[] {
  const csvFiles = files.filter((file) => extname(file.name).toLowerCase() === '.csv');
  if (csvFiles.length === 0) {
    issues.add(importIssue(BUNDLE_ISSUE_FILE, 0, '-', 'BUNDLE_WITHOUT_CSV', {}));
    return [];
  }
  const byName = new Map<string, BundleFile>();
  for (const file of csvFiles) {
    if (byName.has(file.name)) {
      issues.add(importIssue(file.name, 1, '-', 'FILE_TWICE_IN_BUNDLE', {}));
      continue;
    }
    byName.set(file.name, file);
    if (fileSpecByName(file.name) === undefined) {
      const known = BUNDLE_FILES.map((spec) => spec.file).join(', ');
      issues.add(importIssue(file.name, 1, '-', 'UNKNOWN_BUNDLE_FILE', { files: known }));
    }
  }
  return BUNDLE_FILES.flatMap((spec) => {
    const file = byName.get(spec.file);
    return file === undefined ? [] : [{ spec, file }];
  });
}
