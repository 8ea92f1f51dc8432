import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CsvFormatError, CsvRecordReader } from './csv-record-reader';

interface ReadRecord {
  fields: string[];
  line: number;
}

function read(chunks: readonly string[]): ReadRecord[] {
  const records: ReadRecord[] = [];
  const reader = new CsvRecordReader((fields, line) => records.push({ fields, line }));
  chunks.forEach((chunk) => reader.push(chunk));
  reader.end();
  return records;
}

function formatError(text: string): CsvFormatError {
  try {
    read([text]);
  } catch (error) {
    return error as CsvFormatError;
  }
  throw new Error('expected a CsvFormatError');
}

function encodeField(field: string): string {
  return /[",\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field;
}

describe('CsvRecordReader', () => {
  it('reads plain records with the line each starts on, skipping blank lines', () => {
    expect(read(['a,b\n1,2\n\n3,\n'])).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', ''], line: 4 },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(read(['id,text\r\n1,"a, ""b""\r\nc"\r\n2,x\r\n'])).toEqual([
      { fields: ['id', 'text'], line: 1 },
      { fields: ['1', 'a, "b"\r\nc'], line: 2 },
      { fields: ['2', 'x'], line: 4 },
    ]);
  });

  it('reads a last record without a line break and records split anywhere across chunks', () => {
    const text = 'h1,h2\n"q\n1",2\n"x""y",z';
    const whole = read([text]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(read([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(whole).toEqual([
      { fields: ['h1', 'h2'], line: 1 },
      { fields: ['q\n1', '2'], line: 2 },
      { fields: ['x"y', 'z'], line: 4 },
    ]);
  });

  it.each([
    ['a quote that is never closed', 'a,b\n1,"open\n2,3\n', 2, /never closed/],
    ['a quote inside an unquoted field', 'a,b\n1,x"y\n', 2, /quote inside an unquoted field/],
    ['text after a closing quote', 'a,b\n\n1,"x"y\n', 3, /after a closing quote/],
  ])('rejects %s on the line its record starts', (_name, text, line, message) => {
    const error = formatError(text);
    expect(error).toBeInstanceOf(CsvFormatError);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('agrees with csv-parse on any records, however the text is chunked', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r\n', ' ', '😀'), maxLength: 6 });
    const record = fc.array(field, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 5 }),
        (records, lineBreak, cuts) => {
          const lines = records.map((fields) => fields.map(encodeField).join(','));
          const text = lines.join(lineBreak) + lineBreak;
          const positions = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
          const chunks = [0, ...positions].map((start, i) => text.slice(start, [...positions, text.length][i]));
          const result = read(chunks);

          expect(result.map((r) => r.fields)).toEqual(records);
          expect(result.map((r) => r.fields)).toEqual(parse(text, { relax_column_count: true }));
          let line = 1;
          records.forEach((_fields, i) => {
            expect(result[i].line).toBe(line);
            line += 1 + (lines[i].match(/\n/g) ?? []).length;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
