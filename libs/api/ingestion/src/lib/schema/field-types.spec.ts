import { codedMessage } from '@salesdash/shared/domain';
import {
  AMOUNT,
  BOOLEAN,
  DATE,
  EMAIL,
  type FieldType,
  ID,
  integerBetween,
  lineOfAtMost,
  NAME,
  NON_NEGATIVE_DECIMAL,
  clipped,
  oneOf,
  TEXT,
  TIMESTAMP,
} from './field-types';

/** A field type's problem with `raw` in English, as an import issue reads. */
function english(type: FieldType, raw: string): string | undefined {
  const problem = type.problem(raw);
  return problem && codedMessage(...problem).message;
}

const cases: [string, FieldType, string[], string[]][] = [
  [
    'TIMESTAMP',
    TIMESTAMP,
    [
      '2026-01-31T09:30:00Z',
      '2026-01-31T09:30Z',
      '2026-01-31T09:30:00.1Z',
      '2026-01-31T09:30:00.123456+02:00',
      '2024-02-29T23:59:59-05:30',
      '2026-01-31T09:30:00+0200',
      '2026-01-31T09:30:00+02',
      '1900-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999999Z',
    ],
    [
      '2026-01-31T09:30:00',
      '2026-01-31 09:30:00Z',
      '2026-01-31T09:30:00.1234567Z',
      '2026-01-31T09:30:00.Z',
      '2025-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-31T24:00:00Z',
      '2026-01-31T23:60:00Z',
      '2026-01-31T23:59:60Z',
      '2026-01-31T09:30:00+15:00',
      '2026-01-31T09:30:00+02:60',
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+14:00',
      '1899-12-31T23:59:59Z',
      '1900-01-01T00:30:00+01:00',
      '2026-01-31t09:30:00z',
      '2026-01-31',
    ],
  ],
  [
    'DATE',
    DATE,
    ['2026-01-31', '2024-02-29', '2000-02-29', '1900-01-01', '9999-12-31'],
    ['2026-02-29', '1900-02-29', '2026-1-31', '2026/01/31', '31.01.2026', '0000-01-01', '1899-12-31'],
  ],
  [
    'ID',
    ID,
    ['R-NORTH', 'U-0001', 'admin-0c5e7f5e:1.2_3', 'x'.repeat(64)],
    ['two words', '-leading', 'semi;colon', 'ümlaut', 'tab\there', 'x'.repeat(65)],
  ],
  ['BOOLEAN', BOOLEAN, ['true', 'false'], ['TRUE', 'True', '1', 'yes', ' true']],
  [
    'AMOUNT',
    AMOUNT,
    ['0', '5000', '1200.5', '250000.00', '999999999999.99', '007'],
    ['-5', '1,000.00', '1 000', '1e3', '12.345', '.5', '5.', '+5', '1000000000000', 'EUR 5', '5,50'],
  ],
  ['NON_NEGATIVE_DECIMAL', NON_NEGATIVE_DECIMAL, ['0', '42', '42.125', '1000000'], ['-1', '1e3', '.5', '1,5', 'NaN']],
  ['integerBetween(1, 5)', integerBetween(1, 5), ['1', '3', '5'], ['0', '6', '4.5', '05', ' 4', 'four']],
  ['integerBetween(0, 10)', integerBetween(0, 10), ['0', '9', '10'], ['-1', '11', '1.0']],
  ['oneOf(INBOUND, OUTBOUND)', oneOf(['INBOUND', 'OUTBOUND']), ['INBOUND', 'OUTBOUND'], ['inbound', 'IN', 'INBOUND ']],
  [
    'EMAIL',
    EMAIL,
    ['a@example.com', 'first.last+tag@sub.example.co.uk', 'Ünï@exämple.de'],
    [
      'plain',
      'a@b',
      '@example.com',
      'a@@example.com',
      'a b@example.com',
      'a@example..com',
      `${'x'.repeat(250)}@ex.com`,
    ],
  ],
];

describe.each(cases)('%s', (_name, type, valid, invalid) => {
  it.each(valid)('accepts %j', (raw) => {
    expect(type.problem(raw)).toBeUndefined();
  });

  it.each(invalid)('rejects %j, naming the value', (raw) => {
    expect(english(type, raw)).toContain(`'${clipped(raw)}'`);
  });
});

describe('the API limits of text', () => {
  it('NAME: a one-line name of at most 120 characters, as the admin API takes it', () => {
    expect(NAME.problem('x'.repeat(120))).toBeUndefined();
    expect(english(NAME, 'x'.repeat(121))).toBe('must be at most 120 characters (got 121)');
    expect(english(NAME, 'x'.repeat(5_000_000))).toBe('must be at most 120 characters (got 5000000)');
    expect(english(NAME, 'two\nlines')).toBe('must be one line without control characters');
    expect(english(NAME, '   ')).toBe('must not be empty');
  });

  it('lineOfAtMost: one line of the given length', () => {
    expect(lineOfAtMost(64).problem('SME')).toBeUndefined();
    expect(english(lineOfAtMost(64), 'x'.repeat(65))).toBe('must be at most 64 characters (got 65)');
    expect(english(lineOfAtMost(64), 'a\rb')).toBe('must be one line without control characters');
  });

  it('TEXT: free text with line breaks, up to 10000 characters', () => {
    expect(TEXT.problem('Line one\nline two')).toBeUndefined();
    expect(TEXT.problem('x'.repeat(10_000))).toBeUndefined();
    expect(english(TEXT, 'x'.repeat(10_001))).toBe('must be at most 10000 characters (got 10001)');
  });

  it('says when a real timestamp or date lies outside the supported range', () => {
    expect(english(TIMESTAMP, '1899-12-31T23:59:59Z')).toBe(
      "must lie from 1900-01-01 to 9999-12-31 (UTC) (got '1899-12-31T23:59:59Z')",
    );
    expect(english(DATE, '1899-12-31')).toBe("must be a date from 1900-01-01 to 9999-12-31 (got '1899-12-31')");
    expect(english(DATE, '2026-02-30')).toBe("must be a date YYYY-MM-DD (got '2026-02-30')");
  });
});

describe('clipped', () => {
  it('shortens a long value', () => {
    expect(clipped('abc')).toBe('abc');
    expect(clipped('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });
});

describe('problems by message code', () => {
  it('name the code and the offending value as a parameter', () => {
    expect(AMOUNT.problem('1,250.50')).toEqual(['AMOUNT_FORMAT', { value: '1,250.50' }]);
    expect(integerBetween(1, 5).problem('7')).toEqual(['INTEGER_OUT_OF_RANGE', { min: 1, max: 5, value: '7' }]);
  });
});
