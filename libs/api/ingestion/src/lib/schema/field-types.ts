/**
 * The value types of bundle columns (KPI-SPEC §3). A field type only validates: valid text goes to
 * PostgreSQL unchanged, so offsets, microseconds and decimals are stored exactly as written.
 */
export interface FieldType {
  /** Column type of the staging table; PostgreSQL parses the original text into it. */
  readonly sqlType: string;
  /** Free text may hold characters that COPY's text format must escape. */
  readonly freeText: boolean;
  /** Why `raw` (never empty) is invalid, or undefined when it is valid. */
  problem(raw: string): string | undefined;
}

const MAX_SHOWN_LENGTH = 60;

/** The offending value as it appears in a message, shortened when long. */
export function shown(raw: string): string {
  const text = raw.length > MAX_SHOWN_LENGTH ? `${raw.slice(0, MAX_SHOWN_LENGTH)}…` : raw;
  return `'${text}'`;
}

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

export const TEXT: FieldType = {
  sqlType: 'text',
  freeText: true,
  problem: () => undefined,
};

const EMAIL_PATTERN = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
const MAX_EMAIL_LENGTH = 254;

export const EMAIL: FieldType = {
  sqlType: 'text',
  freeText: true,
  problem: (raw) =>
    raw.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(raw)
      ? undefined
      : `must be an e-mail address like name@example.com (got ${shown(raw)})`,
};

// Seconds, up to 6 fractional digits and the offset's minutes are optional; `Z` or an offset is not.
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)$/;
const MAX_OFFSET_HOURS = 14;

function isTimestamp(raw: string): boolean {
  const match = TIMESTAMP_PATTERN.exec(raw);
  if (match === null) {
    return false;
  }
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  return (
    isCalendarDate(+year, +month, +day) &&
    +hour <= 23 &&
    +minute <= 59 &&
    (second === undefined || +second <= 59) &&
    (offsetHours === undefined || +offsetHours <= MAX_OFFSET_HOURS) &&
    (offsetMinutes === undefined || +offsetMinutes <= 59)
  );
}

export const TIMESTAMP: FieldType = {
  sqlType: 'timestamptz',
  freeText: false,
  problem: (raw) =>
    isTimestamp(raw)
      ? undefined
      : `must be an ISO 8601 timestamp with Z or an offset, like 2026-01-31T09:30:00Z (got ${shown(raw)})`,
};

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(raw: string): boolean {
  const match = DATE_PATTERN.exec(raw);
  return match !== null && isCalendarDate(+match[1], +match[2], +match[3]);
}

export const DATE: FieldType = {
  sqlType: 'date',
  freeText: false,
  problem: (raw) => (isDate(raw) ? undefined : `must be a date YYYY-MM-DD (got ${shown(raw)})`),
};

export const BOOLEAN: FieldType = {
  sqlType: 'boolean',
  freeText: false,
  problem: (raw) => (raw === 'true' || raw === 'false' ? undefined : `must be true or false (got ${shown(raw)})`),
};

// numeric(14,2): at most 12 digits before the point.
const AMOUNT_PATTERN = /^\d{1,12}(?:\.\d{1,2})?$/;

export const AMOUNT: FieldType = {
  sqlType: 'numeric(14,2)',
  freeText: false,
  problem: (raw) =>
    AMOUNT_PATTERN.test(raw)
      ? undefined
      : `must be an amount in EUR ≥ 0 with at most 2 decimals and no thousands separators, like 1250.50 (got ${shown(raw)})`,
};

const DECIMAL_PATTERN = /^\d+(?:\.\d+)?$/;

export const NON_NEGATIVE_DECIMAL: FieldType = {
  sqlType: 'numeric',
  freeText: false,
  problem: (raw) =>
    DECIMAL_PATTERN.test(raw) ? undefined : `must be a decimal number ≥ 0, like 12.5 (got ${shown(raw)})`,
};

export function integerBetween(min: number, max: number): FieldType {
  const allowed = new Set<string>();
  for (let value = min; value <= max; value++) {
    allowed.add(String(value));
  }
  return {
    sqlType: 'smallint',
    freeText: false,
    problem: (raw) => (allowed.has(raw) ? undefined : `must be an integer from ${min} to ${max} (got ${shown(raw)})`),
  };
}

export function oneOf(values: readonly string[]): FieldType {
  const allowed = new Set(values);
  return {
    sqlType: 'text',
    freeText: false,
    problem: (raw) => (allowed.has(raw) ? undefined : `must be one of ${values.join(', ')} (got ${shown(raw)})`),
  };
}
