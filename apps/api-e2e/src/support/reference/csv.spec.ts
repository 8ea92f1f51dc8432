import { parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and LF', () => {
    const table = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\n3,,last');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.records).toEqual([
      { line: 2, cells: ['1', 'x, y', 'say "hi"'] },
      { line: 3, cells: ['2', 'two\r\nlines', ''] },
      { line: 5, cells: ['3', '', 'last'] },
    ]);
  });

  it('skips a byte-order mark and empty lines', () => {
    const table = parseCsv('\uFEFFid,name\n\nR1,North\n\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.records).toEqual([{ line: 3, cells: ['R1', 'North'] }]);
  });

  it.each([
    ['a,b\n1\n', 'line 2: 1 fields, the header has 2'],
    ['a\n"open\n', 'line 2: a quoted field is not closed'],
    ['a\nx"y\n', 'line 2: a quote inside an unquoted field'],
    ['a\n"x"y\n', 'line 2: text after a closing quote'],
    ['', 'line 1: the header row is missing'],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});
