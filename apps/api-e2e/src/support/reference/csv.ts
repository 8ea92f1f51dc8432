/** One CSV record and the (1-based) line on which it starts, for error messages. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

const QUOTE = '"';
const COMMA = ',';

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes (a doubled quote
 * inside is one quote; quoted fields may hold commas and line breaks), records end with CRLF or LF.
 * A leading byte-order mark and completely empty lines are skipped. The first record is the header.
 */
export function parseCsv(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const [header, ...records] = readRecords(body).filter(
    (record) => !(record.cells.length === 1 && record.cells[0] === ''),
  );
  if (!header) {
    throw new Error('line 1: the header row is missing');
  }
  for (const record of records) {
    if (record.cells.length !== header.cells.length) {
      throw new Error(`line ${record.line}: ${record.cells.length} fields, the header has ${header.cells.length}`);
    }
  }
  return { header: header.cells, records };
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

function readRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const cursor = { pos: 0, line: 1 };
  while (cursor.pos < text.length) {
    const line = cursor.line;
    const cells: string[] = [];
    for (;;) {
      cells.push(text[cursor.pos] === QUOTE ? readQuoted(text, cursor) : readUnquoted(text, cursor));
      if (text[cursor.pos] === COMMA) {
        cursor.pos++;
        continue;
      }
      // End of the record: CRLF, LF, a lone CR or the end of the text.
      if (text[cursor.pos] === '\r') {
        cursor.pos++;
      }
      if (text[cursor.pos] === '\n') {
        cursor.pos++;
      }
      cursor.line++;
      break;
    }
    records.push({ line, cells });
  }
  return records;
}

function readUnquoted(text: string, cursor: { pos: number; line: number }): string {
  const start = cursor.pos;
  while (cursor.pos < text.length && text[cursor.pos] !== COMMA && !isLineBreak(text[cursor.pos])) {
    if (text[cursor.pos] === QUOTE) {
      throw new Error(`line ${cursor.line}: a quote inside an unquoted field`);
    }
    cursor.pos++;
  }
  return text.slice(start, cursor.pos);
}

function readQuoted(text: string, cursor: { pos: number; line: number }): string {
  const startLine = cursor.line;
  const parts: string[] = [];
  let chunkStart = ++cursor.pos;
  for (;;) {
    if (cursor.pos >= text.length) {
      throw new Error(`line ${startLine}: a quoted field is not closed`);
    }
    const char = text[cursor.pos];
    if (char === QUOTE) {
      parts.push(text.slice(chunkStart, cursor.pos));
      if (text[cursor.pos + 1] === QUOTE) {
        parts.push(QUOTE);
        cursor.pos += 2;
        chunkStart = cursor.pos;
        continue;
      }
      cursor.pos++;
      break;
    }
    if (char === '\n') {
      cursor.line++;
    }
    cursor.pos++;
  }
  const next = text[cursor.pos];
  if (cursor.pos < text.length && next !== COMMA && !isLineBreak(next)) {
    throw new Error(`line ${cursor.line}: text after a closing quote`);
  }
  return parts.join('');
}
