import type { CodeAndParams } from '@salesdash/shared/domain';
import type { IssueReporter } from '../import-issue';
import type { FileSpec } from '../schema/bundle-schema';
import { type HeaderLayout, readHeader } from './header';

const NULL_FIELD = '\t\\N';
const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIAL_ALL = /[\\\n\r\t]/g;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCopyText(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIAL_ALL, (special) => COPY_ESCAPES[special]) : value;
}

/**
 * Checks each record of one file and turns it into a line of COPY text (`line`, then the file's
 * columns; without `line` when `withLine` is false). A field that fails its check is staged as NULL,
 * so the id of a partly bad row still resolves references and the SQL checks report no follow-on
 * issues for it.
 */
export class RowEncoder {
  private header: HeaderLayout | undefined;
  private readonly values: (string | undefined)[];
  private readonly validValue = (column: string): string | undefined => this.values[this.columnIndex.get(column) ?? -1];
  private readonly columnIndex: ReadonlyMap<string, number>;
  private text = '';
  private rowCount = 0;

  constructor(
    private readonly spec: FileSpec,
    private readonly report: IssueReporter,
    private readonly withLine = true,
  ) {
    this.values = spec.columns.map(() => undefined);
    this.columnIndex = new Map(spec.columns.map((column, index) => [column.name, index]));
  }

  /** Data records read so far (the header is not one). */
  get rows(): number {
    return this.rowCount;
  }

  /** Length of the COPY text not yet taken. */
  get pendingLength(): number {
    return this.text.length;
  }

  readonly add = (fields: string[], line: number): void => {
    if (this.header === undefined) {
      this.header = readHeader(fields, this.spec, line, this.report);
      return;
    }
    this.rowCount++;
    if (fields.length !== this.header.width) {
      this.report(line, '-', 'ROW_WIDTH_MISMATCH', { fields: fields.length, width: this.header.width });
      return;
    }
    const fieldsText = this.encodeFields(fields, line, this.header.fieldIndex);
    // every field comes with its leading tab
    this.text += (this.withLine ? String(line) + fieldsText : fieldsText.substring(1)) + '\n';
  };

  /** Reports a file without even a header row; call when the file has been read. */
  finish(): void {
    if (this.header === undefined) {
      this.report(1, '-', 'FILE_EMPTY', {});
    }
  }

  take(): Buffer {
    const taken = Buffer.from(this.text);
    this.text = '';
    return taken;
  }

  private encodeFields(fields: readonly string[], line: number, fieldIndex: readonly number[]): string {
    const { columns, rowRules } = this.spec;
    let encoded = '';
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const raw = fieldIndex[i] === -1 ? '' : fields[fieldIndex[i]];
      // A required column missing from the header was reported once, at the header.
      const required: CodeAndParams | undefined =
        column.required && fieldIndex[i] !== -1 ? ['VALUE_REQUIRED', {}] : undefined;
      const problem = raw === '' ? required : column.type.problem(raw);
      if (problem !== undefined) {
        this.report(line, column.name, ...problem);
      }
      if (raw === '' || problem !== undefined) {
        this.values[i] = undefined;
        encoded += NULL_FIELD;
      } else {
        this.values[i] = raw;
        encoded += '\t' + (column.type.freeText ? escapeCopyText(raw) : raw);
      }
    }
    for (const rule of rowRules) {
      const problem = rule.problem(this.validValue);
      if (problem !== undefined) {
        this.report(line, rule.column, ...problem);
      }
    }
    return encoded;
  }
}
