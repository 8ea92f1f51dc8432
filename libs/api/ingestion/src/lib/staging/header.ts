import type { IssueReporter } from '../import-issue';
import type { FileSpec } from '../schema/bundle-schema';

export interface HeaderLayout {
  /** Number of fields every record must have. */
  readonly width: number;
  /** Per spec column, its field index in a record, or -1 when the header lacks it. */
  readonly fieldIndex: readonly number[];
}

/**
 * Maps a header row onto the file's columns and reports unknown, duplicate and missing required
 * columns. The known columns are still read, so that one bad header does not hide row issues.
 */
export function readHeader(
  fields: readonly string[],
  spec: FileSpec,
  line: number,
  report: IssueReporter,
): HeaderLayout {
  const fieldIndex = spec.columns.map(() => -1);
  const known = spec.columns.map((column) => column.name).join(', ');
  fields.forEach((name, index) => {
    const column = spec.columns.findIndex((candidate) => candidate.name === name);
    if (column === -1) {
      const label = name === '' ? `#${index + 1}` : name;
      report(line, label, 'UNKNOWN_COLUMN', { file: spec.file, columns: known });
    } else if (fieldIndex[column] !== -1) {
      report(line, name, 'DUPLICATE_COLUMN', { first: fieldIndex[column] + 1, second: index + 1 });
    } else {
      fieldIndex[column] = index;
    }
  });
  spec.columns.forEach((column, index) => {
    if (column.required && fieldIndex[index] === -1) {
      report(line, column.name, 'REQUIRED_COLUMN_MISSING', {});
    }
  });
  return { width: fields.length, fieldIndex };
}
