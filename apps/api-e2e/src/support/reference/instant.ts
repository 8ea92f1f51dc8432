import { isIsoDate } from '@salesdash/shared/domain';

/**
 * An exact instant as microseconds since the Unix epoch. A JS Date keeps only milliseconds, and
 * docs/kpis.md#general-readings wants durations from the exact (microsecond) timestamps.
 */
export type Micros = bigint;

export const MICROS_PER_MILLI = 1_000n;
export const MICROS_PER_MINUTE = 60_000_000n;
export const MICROS_PER_DAY = 86_400_000_000n;

// §3: ISO 8601 with `Z` or an offset; seconds and a fraction of up to 6 digits are optional.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Parses an ISO 8601 timestamp with `Z` or an offset into exact UTC microseconds. */
export function parseInstant(text: string): Micros {
  const match = TIMESTAMP.exec(text);
  if (!match) {
    throw new Error(`not an ISO 8601 timestamp with Z or an offset: "${text}"`);
  }
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  const [y, mo, d, h, mi, s] = fields;
  const millis = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(millis);
  const valid =
    check.getUTCFullYear() === y &&
    check.getUTCMonth() === mo - 1 &&
    check.getUTCDate() === d &&
    check.getUTCHours() === h &&
    check.getUTCMinutes() === mi &&
    check.getUTCSeconds() === s;
  if (!valid) {
    throw new Error(`not a valid date and time: "${text}"`);
  }
  const micros = BigInt(millis) * MICROS_PER_MILLI + BigInt(fraction.padEnd(6, '0'));
  return micros - BigInt(offsetMinutes(zone)) * MICROS_PER_MINUTE;
}

/** `Z` → 0; `+01:00`, `+0100`, `+01` → 60; `-05:30` → -330. */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') {
    return 0;
  }
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) {
    throw new Error(`not a valid UTC offset: "${zone}"`);
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

/** A `YYYY-MM-DD` date as the instant of its UTC midnight. */
export function parseIsoDate(text: string): Micros {
  if (!isIsoDate(text)) {
    throw new Error(`not a date YYYY-MM-DD: "${text}"`);
  }
  return BigInt(Date.parse(`${text}T00:00:00Z`)) * MICROS_PER_MILLI;
}

export function instantOfDate(date: Date): Micros {
  return BigInt(date.getTime()) * MICROS_PER_MILLI;
}

/** §4: days are (t2 − t1) in seconds / 86400, not rounded. */
export function microsToDays(micros: bigint): number {
  return Number(micros) / Number(MICROS_PER_DAY);
}
