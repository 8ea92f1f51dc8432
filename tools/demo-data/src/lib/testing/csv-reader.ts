import { readFile } from 'node:fs/promises';

/** One data row keyed by column name. */
export type CsvRecord = Readonly<Record<string, string>>;

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/** One field at a position: quoted (group 1, quotes doubled) or plain (group 2). */
const FIELD = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;

/**
 * Minimal RFC 4180 parser for the tests: quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF records. Independent of the writer so it can catch its mistakes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    FIELD.lastIndex = pos;
    const match = FIELD.exec(text);
    if (!match) {
      throw new Error(`Unreadable field at offset ${pos}`);
    }
    row.push(match[1] === undefined ? match[2] : match[1].replace(/""/g, '"'));
    pos = FIELD.lastIndex;
    const next = text[pos];
    if (next === ',') {
      pos++;
      if (pos === text.length) {
        row.push('');
      }
    } else if (next === '\r' || next === '\n' || next === undefined) {
      pos += text.startsWith('\r\n', pos) ? 2 : 1;
      rows.push(row);
      row = [];
    } else {
      throw new Error(`Stray quote at offset ${pos}`);
    }
  }
  return rows;
}

export function toTable(rows: readonly string[][]): CsvTable {
  const [header, ...data] = rows;
  if (!header) {
    throw new Error('CSV without header');
  }
  const records = data.map((values, index) => {
    if (values.length !== header.length) {
      throw new Error(`Row ${index + 2} has ${values.length} fields, header has ${header.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, column) => {
      record[name] = values[column];
    });
    return record;
  });
  return { header, records };
}

export async function readCsv(path: string): Promise<CsvTable> {
  return toTable(parseCsv(await readFile(path, 'utf8')));
}
