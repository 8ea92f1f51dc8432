import { isIsoDate } from '@salesdash/shared/domain';
import type { Response } from 'express';
import { ValidationError } from '../errors/domain-errors';

/** A cell of an exported table: text, a number, or empty. */
export type CsvCell = string | number | null;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 writes it: numbers as they are (a point for decimals), text made inert when it
 * would start a formula (a leading `'`, which spreadsheets show as text), quoted when it holds a comma,
 * a quote or a line break.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: UTF-8 with a byte order mark (so spreadsheets read umlauts right), CRLF line ends,
 * the header first.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for Content-Disposition: letters, digits, dot, dash and underscore only. */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'export';
}

/** A query parameter an export cannot do without, trimmed; missing or blank is BAD_USER_INPUT on `input.<name>`. */
export function requiredParameter(value: string | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw ValidationError.of(`input.${name}`, 'VALUE_REQUIRED', {});
  }
  return value.trim();
}

/** A required date parameter `YYYY-MM-DD`; anything else is BAD_USER_INPUT on `input.<name>`. */
export function dateParameter(value: string | undefined, name: string): string {
  const date = requiredParameter(value, name);
  if (!isIsoDate(date)) {
    throw ValidationError.of(`input.${name}`, 'DATE_FORMAT', { value: date.slice(0, 40) });
  }
  return date;
}

/** An ISO 8601 instant parameter (`2026-12-05T10:00:00Z`); anything else is BAD_USER_INPUT on `input.<name>`. */
export function instantParameter(value: string, name: string): Date {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw ValidationError.of(`input.${name}`, 'INSTANT_FORMAT', { value: value.slice(0, 40) });
  }
  return parsed;
}

/** One of a closed list of values; anything else is BAD_USER_INPUT on `input.<name>` naming the list. */
export function choiceParameter<T extends string>(value: string, choices: readonly T[], name: string): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw ValidationError.of(`input.${name}`, 'ONE_OF', { choices: choices.join(', ') });
  }
  return value as T;
}

/** Answers a CSV export as a download named `<name>.csv` (made safe for the header). */
export function asCsvDownload(response: Response, name: string): void {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${safeFileName(name)}.csv"`);
}
