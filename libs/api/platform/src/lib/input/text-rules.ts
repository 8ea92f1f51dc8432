import type { CodeAndParams } from '@salesdash/shared/domain';

/**
 * The rules of text input, in one place for every path data comes in by: the GraphQL edge
 * (input-guard.ts, for every argument of every operation), the admin API's own checks and the CSV
 * importer. Lengths count UTF-16 code units, as JavaScript's `length` does.
 */

/** Any text without a stricter limit of its own. */
export const MAX_TEXT_LENGTH = 10_000;
/** Ids as the CSV bundle carries them (R-NORTH, U-0001, admin-<uuid>). */
export const MAX_ID_LENGTH = 64;
/** Names shown to people: regions, teams, users' display names, business models. */
export const MAX_NAME_LENGTH = 120;
/** RFC 5321's longest address. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_REASON_LENGTH = 500;
export const MAX_SEARCH_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 1000;
/** Customer segments of deals.csv, which corridors may be set for. */
export const MAX_SEGMENT_LENGTH = 64;

/**
 * Stricter limits of fields and arguments by their name, wherever they occur in an operation's
 * input: a `name` is at most MAX_NAME_LENGTH long in every input type. ID-typed values have
 * MAX_ID_LENGTH; everything else MAX_TEXT_LENGTH.
 */
export const TEXT_LIMITS_BY_FIELD_NAME: Readonly<Record<string, number>> = {
  name: MAX_NAME_LENGTH,
  displayName: MAX_NAME_LENGTH,
  email: MAX_EMAIL_LENGTH,
  reason: MAX_REASON_LENGTH,
  search: MAX_SEARCH_LENGTH,
  description: MAX_DESCRIPTION_LENGTH,
  segment: MAX_SEGMENT_LENGTH,
};

// No spaces, nothing a URL or CSV must escape.
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const EMAIL_PATTERN = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
// eslint-disable-next-line no-control-regex -- exactly the characters a one-line text must not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// With the u flag a surrogate pair is one code point, so only an unpaired half is of category Cs.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why `text` cannot be taken as text, or undefined: longer than `maxLength`, holding a NUL (which
 * PostgreSQL's text cannot store) or a lone surrogate (which is no character at all).
 */
export function textProblem(text: string, maxLength = MAX_TEXT_LENGTH): CodeAndParams | undefined {
  if (text.length > maxLength) {
    return ['TEXT_TOO_LONG', { maxLength, length: text.length }];
  }
  if (text.includes('\0')) {
    return ['TEXT_HOLDS_NUL', {}];
  }
  if (LONE_SURROGATE.test(text)) {
    return ['TEXT_LONE_SURROGATE', {}];
  }
  return undefined;
}

/** Why `text` is no single line of at most `maxLength` characters, or undefined. */
export function lineProblem(text: string, maxLength: number): CodeAndParams | undefined {
  return textProblem(text, maxLength) ?? (CONTROL_CHARACTERS.test(text) ? ['TEXT_NOT_ONE_LINE', {}] : undefined);
}

/** Why `name` (trimmed) is no name shown to people, or undefined. */
export function nameProblem(name: string): CodeAndParams | undefined {
  const trimmed = name.trim();
  return trimmed.length === 0 ? ['VALUE_EMPTY', {}] : lineProblem(trimmed, MAX_NAME_LENGTH);
}

/** Why `id` is no id (ID_FORMAT), naming it as `shown` (shortened where long), or undefined. */
export function idProblem(id: string, shown: string): CodeAndParams | undefined {
  return isId(id) ? undefined : ['ID_FORMAT', { maxLength: MAX_ID_LENGTH, value: shown }];
}

export function isId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID_PATTERN.test(id);
}

/** Why `email` is no e-mail address (EMAIL_FORMAT), naming it as `shown` (shortened where long), or undefined. */
export function emailProblem(email: string, shown: string): CodeAndParams | undefined {
  return isEmail(email) ? undefined : ['EMAIL_FORMAT', { value: shown }];
}

export function isEmail(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(email);
}
