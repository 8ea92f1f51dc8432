import { csvCell, requiredParameter, safeFileName, toCsv } from './csv';

describe('csv', () => {
  it('writes formula-starting text as text, with a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(['+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tx", '"\'\rx"']);
    expect(csvCell('Jörg Müller')).toBe('Jörg Müller');
  });

  it('keeps numbers as numbers (a negative one is not text) and quotes what needs it', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes a file with a byte order mark and CRLF lines', () => {
    expect(
      toCsv(
        ['Rep', 'Value'],
        [
          ['Ana', 1],
          ['Ben', null],
        ],
      ),
    ).toBe('\uFEFFRep,Value\r\nAna,1\r\nBen,\r\n');
  });

  it('makes safe file names', () => {
    expect(safeFileName('targets T1/WON VOLUME "2027"')).toBe('targets-T1-WON-VOLUME-2027');
    expect(safeFileName('///')).toBe('export');
  });

  it('takes a required parameter trimmed, and names a missing one as input.<name>', () => {
    expect(requiredParameter(' T1 ', 'teamId')).toBe('T1');
    for (const missing of [undefined, '', '  ']) {
      expect(() => requiredParameter(missing, 'teamId')).toThrow(
        expect.objectContaining({
          issues: [{ field: 'input.teamId', code: 'VALUE_REQUIRED', params: {}, message: 'is required' }],
        }),
      );
    }
  });
});
