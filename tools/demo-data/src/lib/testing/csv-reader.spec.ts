import { csvField } from '../output/csv-writer';
import { parseCsv, toTable } from './csv-reader';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, ""y""",\r\n2,"line\nbreak",z\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', ''],
      ['2', 'line\nbreak', 'z'],
    ]);
  });

  it('accepts LF records and a missing final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects a quote inside an unquoted field', () => {
    expect(() => parseCsv('a\nx"y\n')).toThrow(/Stray quote/);
  });

  it('round-trips what the writer escapes', () => {
    const values = ['plain', 'comma, inside', 'say "hi"', ' padded', 'Zoë – ok'];
    const line = values.map(csvField).join(',');
    expect(parseCsv(line)).toEqual([values]);
  });
});

describe('toTable', () => {
  it('keys records by header and rejects ragged rows', () => {
    expect(
      toTable([
        ['id', 'name'],
        ['1', 'x'],
      ]).records,
    ).toEqual([{ id: '1', name: 'x' }]);
    expect(() => toTable([['id', 'name'], ['1']])).toThrow(/Row 2 has 1 fields/);
  });
});
