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
/**
 * The timestamps taken: seconds, up to 6 fractional digits and the offset's minutes are optional;
 * `Z` or an offset is not. timestampMillis scans exactly this language.
 */
export const TIMESTAMP_GRAMMAR =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:Z|([+-])(\d{2})(?::?(\d{2}))?)$/;
const MAX_OFFSET_HOURS = 14;
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
  return isSupportedMillis(instant.getTime());
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DIGIT_0 = 0x30;
const CHAR_CODE: Readonly<Record<'-' | 'T' | ':' | '.' | 'Z' | '+', number>> = {
  '-': 0x2d,
  T: 0x54,
  ':': 0x3a,
  '.': 0x2e,
  Z: 0x5a,
  '+': 0x2b,
};

function hasCharAt(text: string, position: number, char: keyof typeof CHAR_CODE): boolean {
  return text.charCodeAt(position) === CHAR_CODE[char];
}

/** The number written by `count` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) {
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The instant of an ISO 8601 timestamp with `Z` or an offset (`2026-01-31T09:30:00.123456+01:00`,
 * `…T09:30Z`, `…+0100`, `…+01`) in milliseconds since 1970, or undefined unless its date exists and
 * its time and offset are real (hours ≤ 23, offsets ≤ 14 h). Any year from 0001; fractions beyond
 * milliseconds are dropped from the answer only. The grammar is TIMESTAMP_GRAMMAR's, scanned by hand
 * and counted without Date: the importer checks every timestamp of a bundle (ten million and more).
 */
export function timestampMillis(text: string): number | undefined {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (
    year < 0 ||
    !hasCharAt(text, 4, '-') ||
    !hasCharAt(text, 7, '-') ||
    !hasCharAt(text, 10, 'T') ||
    !hasCharAt(text, 13, ':') ||
    month < 0 ||
    day < 0 ||
    hour < 0 ||
    minute < 0 ||
    !isCalendarDate(year, month, day) ||
    hour > 23 ||
    minute > 59
  ) {
    return undefined;
  }
  let position = 16;
  let second = 0;
  let milliseconds = 0;
  if (hasCharAt(text, position, ':')) {
    second = digitsAt(text, position + 1, 2);
    if (second < 0 || second > 59) {
      return undefined;
    }
    position += 3;
    if (hasCharAt(text, position, '.')) {
      const fractionStart = ++position;
      while (position < fractionStart + 6 && digitsAt(text, position, 1) >= 0) {
        position++;
      }
      if (position === fractionStart) {
        return undefined;
      }
      // the first three digits, as milliseconds
      for (let i = fractionStart; i < fractionStart + 3; i++) {
        milliseconds = milliseconds * 10 + (i < position ? text.charCodeAt(i) - DIGIT_0 : 0);
      }
    }
  }
  let offsetMinutes = 0;
  if (hasCharAt(text, position, 'Z')) {
    position++;
  } else if (hasCharAt(text, position, '+') || hasCharAt(text, position, '-')) {
    const sign = hasCharAt(text, position, '-') ? -1 : 1;
    const offsetHours = digitsAt(text, position + 1, 2);
    position += 3;
    const minutesAt = hasCharAt(text, position, ':') ? position + 1 : position;
    const offsetMinutesPart = minutesAt < text.length ? digitsAt(text, minutesAt, 2) : 0;
    if (minutesAt < text.length) {
      position = minutesAt + 2;
    }
    if (offsetHours < 0 || offsetHours > MAX_OFFSET_HOURS || offsetMinutesPart < 0 || offsetMinutesPart > 59) {
      return undefined;
    }
    offsetMinutes = sign * (offsetHours * 60 + offsetMinutesPart);
  } else {
    return undefined;
  }
  if (position !== text.length) {
    return undefined;
  }
  const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes;
  return (minutes * 60 + second) * 1000 + milliseconds;
}

/** timestampMillis as a Date. */
export function parseTimestamp(text: string): Date | undefined {
  const millis = timestampMillis(text);
  return millis === undefined ? undefined : new Date(millis);
}

/** Milliseconds since 1970 within the supported days (UTC). */
export function isSupportedMillis(millis: number): boolean {
  return millis >= FIRST_INSTANT_MS && millis < END_INSTANT_MS;
}

/** parseTimestamp, and only an instant within the supported days (UTC). */
export function parseSupportedTimestamp(text: string): Date | undefined {
  const instant = parseTimestamp(text);
  return instant !== undefined && isSupportedInstant(instant) ? instant : undefined;
}
