/**
 * The dates and instants the application takes, from the GraphQL scalars and the CSV importer
 * alike: real calendar dates from 1900-01-01 to 9999-12-31, instants within those days in UTC.
 * The range holds every date the business deals in, and keeps clear of what JavaScript and
 * PostgreSQL read differently: year 0000 (which PostgreSQL has not), two-digit years (which
 * `Date.UTC` reads as 19xx) and years of more than four digits.
 */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 9999;
export const SUPPORTED_RANGE = `from ${FIRST_SUPPORTED_YEAR}-01-01 to ${LAST_SUPPORTED_YEAR}-12-31`;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Seconds, up to 6 fractional digits and the offset's minutes are optional; `Z` or an offset is not.
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;
const MAX_OFFSET_HOURS = 14;
const MINUTE_MS = 60_000;
const FIRST_INSTANT_MS = Date.UTC(FIRST_SUPPORTED_YEAR, 0, 1);
const END_INSTANT_MS = Date.UTC(LAST_SUPPORTED_YEAR + 1, 0, 1);

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isSupportedYear(year: number): boolean {
  return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;
}

/** A calendar date `YYYY-MM-DD` that exists (year 0001 or later), in any year. */
export function isCalendarDateText(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  return match !== null && isCalendarDate(+match[1], +match[2], +match[3]);
}

/** A calendar date `YYYY-MM-DD` that exists, within the supported range. */
export function isSupportedDate(text: string): boolean {
  return isCalendarDateText(text) && isSupportedYear(+text.slice(0, 4));
}

/** An instant within the supported days (UTC). */
export function isSupportedInstant(instant: Date): boolean {
  const time = instant.getTime();
  return time >= FIRST_INSTANT_MS && time < END_INSTANT_MS;
}

/**
 * The instant of an ISO 8601 timestamp with `Z` or an offset (`2026-01-31T09:30:00.123456+01:00`,
 * `…T09:30Z`, `…+0100`, `…+01`), or undefined unless its date exists and its time and offset are
 * real (hours ≤ 23, offsets ≤ 14 h). Any year from 0001; fractions beyond milliseconds are dropped
 * from the answer only.
 */
export function parseTimestamp(text: string): Date | undefined {
  const match = TIMESTAMP_PATTERN.exec(text);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second = '0', fraction = '', sign, offsetHours = '0', offsetMinutes = '0'] =
    match;
  if (
    !isCalendarDate(+year, +month, +day) ||
    +hour > 23 ||
    +minute > 59 ||
    +second > 59 ||
    +offsetHours > MAX_OFFSET_HOURS ||
    +offsetMinutes > 59
  ) {
    return undefined;
  }
  const offsetMs = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * MINUTE_MS;
  const milliseconds = +fraction.padEnd(3, '0').slice(0, 3);
  // Date.UTC reads years 0–99 as 1900–1999, so the year is set on its own.
  const local = new Date(Date.UTC(2000, 0, 1, +hour, +minute, +second, milliseconds));
  local.setUTCFullYear(+year, +month - 1, +day);
  return new Date(local.getTime() - offsetMs);
}

/** parseTimestamp, and only an instant within the supported days (UTC). */
export function parseSupportedTimestamp(text: string): Date | undefined {
  const instant = parseTimestamp(text);
  return instant !== undefined && isSupportedInstant(instant) ? instant : undefined;
}
