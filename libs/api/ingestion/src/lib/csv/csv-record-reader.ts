import { type CodeAndParams, codedMessage } from '@salesdash/shared/domain';

/** A problem that makes the rest of a file unreadable; reported once, at the record it starts in. */
export class CsvFormatError extends Error {
  readonly problem: CodeAndParams;

  constructor(
    readonly line: number,
    ...problem: CodeAndParams
  ) {
    super(codedMessage(...problem).message);
    this.name = 'CsvFormatError';
    this.problem = problem;
  }
}

export type RecordHandler = (fields: string[], line: number) => void;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    count++;
  }
  return count;
}

/**
 * Streaming RFC 4180 reader: comma-separated, `"`-quoted fields with `""` for a quote, records
 * ending in CRLF or LF, blank lines skipped. Each record comes with the physical line it starts on.
 * Written for speed (csv-parse manages about a third of the rate the import budget needs): a line
 * without quotes is split natively; only lines holding a quote take the character-level path.
 */
export class CsvRecordReader {
  private pending = '';
  private line = 1;

  constructor(private readonly onRecord: RecordHandler) {}

  push(text: string): void {
    this.pending = this.pending === '' ? text : this.pending + text;
    this.consume(false);
  }

  end(): void {
    this.consume(true);
  }

  private consume(final: boolean): void {
    const text = this.pending;
    let pos = 0;
    // Cached so that a quote far ahead is not searched for again on every line.
    let nextQuote = text.indexOf('"');
    while (pos < text.length) {
      const newline = text.indexOf('\n', pos);
      if (newline === -1 && !final) {
        break;
      }
      const lineEnd = newline === -1 ? text.length : newline;
      if (nextQuote !== -1 && nextQuote < pos) {
        nextQuote = text.indexOf('"', pos);
      }
      if (nextQuote === -1 || nextQuote > lineEnd) {
        const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        if (contentEnd > pos) {
          this.onRecord(text.slice(pos, contentEnd).split(','), this.line);
        }
        this.line++;
        pos = lineEnd + 1;
        continue;
      }
      const next = this.quotedRecord(text, pos, final);
      if (next === -1) {
        break;
      }
      pos = next;
    }
    this.pending = pos >= text.length ? '' : text.slice(pos);
  }

  /** Reads the record at `start` character by character; -1 when it needs more text. */
  private quotedRecord(text: string, start: number, final: boolean): number {
    const fields: string[] = [];
    let pos = start;
    let newlines = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        value = '';
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close + 1 >= text.length && !final)) {
            if (final) {
              throw new CsvFormatError(this.line, 'QUOTED_FIELD_NOT_CLOSED', {});
            }
            return -1;
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) {
            pos = close + 1;
            break;
          }
          value += '"';
          from = close + 2;
        }
        newlines += countNewlines(value);
      } else {
        const comma = text.indexOf(',', pos);
        const newline = text.indexOf('\n', pos);
        if (newline === -1 && !final) {
          return -1;
        }
        const end =
          comma !== -1 && (comma < newline || newline === -1) ? comma : newline === -1 ? text.length : newline;
        value = text.slice(pos, end > pos && end === newline && text.charCodeAt(end - 1) === CR ? end - 1 : end);
        if (value.includes('"')) {
          throw new CsvFormatError(this.line, 'QUOTE_IN_UNQUOTED_FIELD', {});
        }
        pos = end;
      }
      fields.push(value);
      const next = text.charCodeAt(pos);
      if (next === COMMA) {
        pos++;
        continue;
      }
      if (next === CR && pos + 1 >= text.length && !final) {
        return -1;
      }
      const lineBreak = next === LF ? 1 : next === CR && text.charCodeAt(pos + 1) === LF ? 2 : 0;
      if (lineBreak === 0 && pos < text.length) {
        throw new CsvFormatError(this.line, 'TEXT_AFTER_CLOSING_QUOTE', {});
      }
      this.onRecord(fields, this.line);
      this.line += 1 + newlines;
      return pos + lineBreak;
    }
  }
}
