import {
  emailProblem,
  idProblem,
  isCalendarDateText,
  isSupportedDate,
  isSupportedMillis,
  lineProblem,
  nameProblem,
  textProblem,
  timestampMillis,
} from '@salesdash/api/platform';
import type { CodeAndParams } from '@salesdash/shared/domain';

/**
 * The value types of bundle columns (docs/import.md#formats), with the text and date rules of the API
 * (@salesdash/api/platform input rules). A field type only validates: valid text goes to
 * PostgreSQL unchanged, so offsets, microseconds and decimals are stored exactly as written.
 */
export interface FieldType {
  /** Column type of the staging table; PostgreSQL parses the original text into it. */
  readonly sqlType: string;
  /** Free text may hold characters that COPY's text format must escape. */
  readonly freeText: boolean;
  /** Why `raw` (never empty) is invalid, or undefined when it is valid. */
  problem(raw: string): CodeAndParams | undefined;
}

const MAX_SHOWN_LENGTH = 60;

/** The offending value as a message names it, shortened when long. */
export function clipped(raw: string): string {
  return raw.length > MAX_SHOWN_LENGTH ? `${raw.slice(0, MAX_SHOWN_LENGTH)}…` : raw;
}

/** Free text (line breaks allowed) up to the API's general limit. */
export const TEXT: FieldType = {
  sqlType: 'text',
  freeText: true,
  problem: (raw) => textProblem(raw),
};

/** An id as the admin API accepts it, so every imported region, team and user can be edited there. */
export const ID: FieldType = {
  sqlType: 'text',
  // The id rule admits no character COPY must escape.
  freeText: false,
  problem: (raw) => idProblem(raw, clipped(raw)),
};

/** A name shown to people, as the admin API accepts it. */
export const NAME: FieldType = {
  sqlType: 'text',
  freeText: true,
  problem: nameProblem,
};

/** One line of text of at most `maxLength` characters. */
export function lineOfAtMost(maxLength: number): FieldType {
  return { sqlType: 'text', freeText: true, problem: (raw) => lineProblem(raw, maxLength) };
}

export const EMAIL: FieldType = {
  sqlType: 'text',
  freeText: true,
  problem: (raw) => emailProblem(raw, clipped(raw)),
};

export const TIMESTAMP: FieldType = {
  sqlType: 'timestamptz',
  freeText: false,
  problem: (raw) => {
    const millis = timestampMillis(raw);
    if (millis === undefined) {
      return ['TIMESTAMP_FORMAT', { value: clipped(raw) }];
    }
    return isSupportedMillis(millis) ? undefined : ['TIMESTAMP_OUT_OF_RANGE', { value: clipped(raw) }];
  },
};

export const DATE: FieldType = {
  sqlType: 'date',
  freeText: false,
  problem: (raw) => {
    if (!isCalendarDateText(raw)) {
      return ['DATE_FORMAT', { value: clipped(raw) }];
    }
    return isSupportedDate(raw) ? undefined : ['DATE_OUT_OF_RANGE', { value: clipped(raw) }];
  },
};

export const BOOLEAN: FieldType = {
  sqlType: 'boolean',
  freeText: false,
  problem: (raw) => (raw === 'true' || raw === 'false' ? undefined : ['BOOLEAN_FORMAT', { value: clipped(raw) }]),
};

// numeric(14,2): at most 12 digits before the point.
const AMOUNT_PATTERN = /^\d{1,12}(?:\.\d{1,2})?$/;

export const AMOUNT: FieldType = {
  sqlType: 'numeric(14,2)',
  freeText: false,
  problem: (raw) => (AMOUNT_PATTERN.test(raw) ? undefined : ['AMOUNT_FORMAT', { value: clipped(raw) }]),
};

const DECIMAL_PATTERN = /^\d+(?:\.\d+)?$/;

export const NON_NEGATIVE_DECIMAL: FieldType = {
  sqlType: 'numeric',
  freeText: false,
  problem: (raw) => (DECIMAL_PATTERN.test(raw) ? undefined : ['DECIMAL_FORMAT', { value: clipped(raw) }]),
};

export function integerBetween(min: number, max: number): FieldType {
  const allowed = new Set<string>();
  for (let value = min; value <= max; value++) {
    allowed.add(String(value));
  }
  return {
    sqlType: 'smallint',
    freeText: false,
    problem: (raw) => (allowed.has(raw) ? undefined : ['INTEGER_OUT_OF_RANGE', { min, max, value: clipped(raw) }]),
  };
}

export function oneOf(values: readonly string[]): FieldType {
  const allowed = new Set(values);
  return {
    sqlType: 'text',
    freeText: false,
    problem: (raw) =>
      allowed.has(raw) ? undefined : ['ONE_OF_GOT', { choices: values.join(', '), value: clipped(raw) }],
  };
}
