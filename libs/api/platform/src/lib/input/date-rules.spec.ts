import fc from 'fast-check';
import { MESSAGES } from '@salesdash/shared/domain';
import {
  isCalendarDateText,
  isSupportedDate,
  isSupportedInstant,
  parseSupportedTimestamp,
  parseTimestamp,
  SUPPORTED_RANGE,
  TIMESTAMP_GRAMMAR,
  timestampMillis,
} from './date-rules';

describe('the supported range in messages', () => {
  it.each(['DATE_OUT_OF_RANGE', 'TIMESTAMP_OUT_OF_RANGE', 'DATE_SCALAR_FORMAT', 'DATE_TIME_SCALAR_FORMAT'] as const)(
    '%s names the range the rules apply',
    (code) => {
      expect(MESSAGES[code]).toContain(SUPPORTED_RANGE);
    },
  );
});

describe('dates', () => {
  it.each(['1900-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '9999-12-31'])('supports %s', (date) => {
    expect(isSupportedDate(date)).toBe(true);
  });

  it.each([
    ['year 0000', '0000-01-01'],
    ['before 1900', '1899-12-31'],
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2100-02-29'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['five-digit years', '10000-01-01'],
    ['no leading zeros', '2026-1-31'],
    ['a time', '2026-01-31T00:00:00Z'],
  ])('refuses %s', (_name, date) => {
    expect(isSupportedDate(date)).toBe(false);
  });

  it('tells a real date out of range from no date at all', () => {
    expect(isCalendarDateText('0001-01-01')).toBe(true);
    expect(isSupportedDate('0001-01-01')).toBe(false);
    expect(isCalendarDateText('0000-01-01')).toBe(false);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2026-01-31T09:30:00Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T09:30Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T09:30:00.123456+02:00', '2026-01-31T07:30:00.123Z'],
    ['2026-01-31T09:30:00+0200', '2026-01-31T07:30:00.000Z'],
    ['2026-01-31T09:30:00+02', '2026-01-31T07:30:00.000Z'],
    ['2024-02-29T23:59:59-05:30', '2024-03-01T05:29:59.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as the instant %s', (text, iso) => {
    expect(parseSupportedTimestamp(text)?.toISOString()).toBe(iso);
  });

  it('reads years before 100 as written, not as 19xx', () => {
    expect(parseTimestamp('0050-06-01T00:00:00Z')?.getUTCFullYear()).toBe(50);
  });

  it.each([
    '2026-02-30T12:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T23:60:00Z',
    '2026-01-31T23:59:60Z',
    '2026-01-31T09:30:00+15:00',
    '2026-01-31T09:30:00+02:60',
    '2026-01-31T09:30:00',
    '2026-01-31 09:30:00Z',
    '2026-01-31t09:30:00z',
    '2026-01-31T09:30:00.1234567Z',
    '+002026-01-31T09:30:00Z',
    '2026-01-31',
  ])('refuses %s', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it('supports instants from 1900-01-01 up to the end of 9999 in UTC, whatever the offset', () => {
    expect(parseSupportedTimestamp('1900-01-01T00:30:00+01:00')).toBeUndefined();
    expect(parseSupportedTimestamp('1900-01-01T00:30:00-01:00')).toBeDefined();
    expect(parseSupportedTimestamp('9999-12-31T23:30:00-01:00')).toBeUndefined();
    expect(parseSupportedTimestamp('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(isSupportedInstant(new Date(Date.UTC(10_000, 0, 1)))).toBe(false);
    expect(isSupportedInstant(new Date(Date.UTC(10_000, 0, 1) - 1))).toBe(true);
  });
});

/** The grammar read by the regular expression, the instant counted by Date: what the scanner must equal. */
function referenceMillis(text: string): number | undefined {
  const match = TIMESTAMP_GRAMMAR.exec(text);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second = '0', fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] =
    match;
  const local = new Date(Date.UTC(2000, 0, 1, +hour, +minute, +second, +fraction.padEnd(3, '0').slice(0, 3)));
  local.setUTCFullYear(+year, +month - 1, +day);
  const valid =
    local.getUTCFullYear() === +year &&
    local.getUTCMonth() === +month - 1 &&
    local.getUTCDate() === +day &&
    +year >= 1 &&
    +hour <= 23 &&
    +minute <= 59 &&
    +second <= 59 &&
    +offsetHours <= 14 &&
    +offsetMinutes <= 59;
  const offsetMs = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60_000;
  return valid ? local.getTime() - offsetMs : undefined;
}

describe('timestampMillis', () => {
  const digits = (count: number, max = 10 ** count - 1) =>
    fc.integer({ min: 0, max }).map((value) => String(value).padStart(count, '0'));
  const timestamp = fc
    .tuple(
      digits(4),
      digits(2, 13),
      digits(2, 32),
      digits(2, 25),
      digits(2, 61),
      fc.option(fc.tuple(digits(2, 61), fc.option(fc.stringMatching(/^\d{0,8}$/)))),
      fc.constantFrom('Z', '', 'z', '+', '-', '+02:00', '-05:30', '+0100', '+01', '+15', '+14:00', '-00:60', '+02:'),
    )
    .map(([year, month, day, hour, minute, seconds, zone]) => {
      const secondsText = seconds === null ? '' : `:${seconds[0]}${seconds[1] === null ? '' : `.${seconds[1]}`}`;
      return `${year}-${month}-${day}T${hour}:${minute}${secondsText}${zone}`;
    });
  // Well-formed and nearly well-formed text, then any edit of it (a character changed, dropped or added).
  const edited = fc
    .tuple(timestamp, fc.nat(40), fc.constantFrom('', '0', '9', ':', '-', 'T', '.', ' ', '٣', 'Z'), fc.boolean())
    .map(([text, at, insert, replace]) => text.slice(0, at) + insert + text.slice(at + (replace ? 1 : 0)));

  it('answers exactly what the grammar and the calendar answer, for any text near a timestamp', () => {
    fc.assert(
      fc.property(fc.oneof(timestamp, edited, fc.string()), (text) => {
        expect(timestampMillis(text)).toBe(referenceMillis(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('counts every day of the supported range like Date does', () => {
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(10_000, 0, 1); day += 86_400_000 * 97) {
      const iso = new Date(day).toISOString();
      expect(timestampMillis(iso)).toBe(day);
    }
  });
});
