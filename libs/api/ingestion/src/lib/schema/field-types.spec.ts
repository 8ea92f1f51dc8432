import {
  AMOUNT,
  BOOLEAN,
  DATE,
  EMAIL,
  type FieldType,
  integerBetween,
  NON_NEGATIVE_DECIMAL,
  oneOf,
  shown,
  TIMESTAMP,
} from './field-types';

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
      '0001-01-01T00:00:00+14:00',
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
      '2026-01-31t09:30:00z',
      '2026-01-31',
    ],
  ],
  [
    'DATE',
    DATE,
    ['2026-01-31', '2024-02-29', '2000-02-29'],
    ['2026-02-29', '1900-02-29', '2026-1-31', '2026/01/31', '31.01.2026'],
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
    expect(type.problem(raw)).toContain(shown(raw));
  });
});

describe('shown', () => {
  it('quotes a value and shortens a long one', () => {
    expect(shown('abc')).toBe("'abc'");
    expect(shown('x'.repeat(100))).toBe(`'${'x'.repeat(60)}…'`);
  });
});
