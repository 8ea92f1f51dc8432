import type { FileSpec } from '../schema/bundle-schema';
import { BUNDLE_FILES } from '../schema/bundle-schema';

/** One temporary table per bundle file (also for absent files, so every check can name it). */
export function createStagingTablesSql(): string {
  return BUNDLE_FILES.map(
    (spec) =>
      `CREATE TEMP TABLE ${spec.staging} (line integer NOT NULL, ${spec.columns
        .map((column) => `${column.name} ${column.type.sqlType}`)
        .join(', ')}) ON COMMIT DROP;`,
  ).join('\n');
}

export function copyIntoStagingSql(spec: FileSpec): string {
  return `COPY ${spec.staging} (line, ${spec.columns.map((column) => column.name).join(', ')}) FROM STDIN`;
}

/** Temporary tables are never auto-analysed; the checks' join plans need their sizes. */
export function analyzeStagingTablesSql(): string {
  return `ANALYZE ${BUNDLE_FILES.map((spec) => spec.staging).join(', ')};`;
}
