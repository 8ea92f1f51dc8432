import { MICROS_PER_DAY, microsToDays, parseInstant, parseIsoDate } from './instant';

const micros = (iso: string, extraMicros = 0) => BigInt(Date.parse(iso)) * 1000n + BigInt(extraMicros);

describe('parseInstant', () => {
  it.each([
    ['2026-03-01T00:00:00Z', micros('2026-03-01T00:00:00Z')],
    ['2026-03-01T00:30:00+01:00', micros('2026-02-28T23:30:00Z')],
    ['2026-02-28T20:00:00-05:00', micros('2026-03-01T01:00:00Z')],
    ['2026-03-01T05:30+0530', micros('2026-03-01T00:00:00Z')],
    ['2026-03-01T01:00:00+01', micros('2026-03-01T00:00:00Z')],
    ['2026-03-01 00:00:00z', micros('2026-03-01T00:00:00Z')],
    ['2026-03-31T23:59:59.999999Z', micros('2026-03-31T23:59:59.999Z', 999)],
    ['2026-03-04T11:00:00.000999+00:00', micros('2026-03-04T11:00:00Z', 999)],
    ['2026-03-04T11:00:00.5Z', micros('2026-03-04T11:00:00.500Z')],
  ])('%s keeps the exact instant', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each(['2026-03-01T00:00:00', '2026-02-30T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T00:00:00.1234567Z'])(
    'rejects %s',
    (text) => {
      expect(() => parseInstant(text)).toThrow();
    },
  );
});

describe('dates and days', () => {
  it('reads a date as its UTC midnight', () => {
    expect(parseIsoDate('2026-03-01')).toBe(micros('2026-03-01T00:00:00Z'));
    expect(() => parseIsoDate('2026-3-1')).toThrow();
  });

  it('turns microseconds into unrounded days', () => {
    expect(microsToDays(MICROS_PER_DAY * 2n + 3_600_000_000n)).toBe((2 * 86400 + 3600) / 86400);
  });
});
