import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { messageRefText } from '@salesdash/dashboard/shared/data-access';
import { type TargetUnit, targetValueProblem } from '@salesdash/shared/domain';
import { TARGETS_TEXTS } from '../targets.texts';

const ISSUES = TARGETS_TEXTS.grid.cellIssues;

/** How a locale writes numbers: "12,500.50" in English, "12.500,50" in German. */
export interface NumberSeparators {
  /** Between groups of thousands: "," in English, "." in German. */
  readonly group: string;
  /** Before the decimals: "." in English, "," in German. */
  readonly decimal: string;
}

/** The separators of a locale, as its number format writes them. */
export function numberSeparators(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A number as people type it in a locale: plain digits, or digits grouped in thousands by the locale's
 * group separator or a space; the locale's decimal separator before the decimals. In German "1.234" is
 * 1234 and "1,5" is 1.5; in English "1,234" is 1234 and "1.5" is 1.5.
 */
function numberPattern({ group, decimal }: NumberSeparators): RegExp {
  // Locales that group by a (narrow) no-break space take any space; every locale takes a plain one.
  const groups = /\s/.test(group) ? '\\s' : `[${escaped(group)}\\s]`;
  return new RegExp(`^(\\d+|\\d{1,3}(${groups}\\d{3})+)(${escaped(decimal)}(\\d+))?$`);
}

/** "must be a number like 12500 or 12,500.50", the example in the locale's own writing. */
function notANumber(locale: string): string {
  const grouped = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  return interpolate(ISSUES.notANumber, { plain: plain.format(12500), grouped: grouped.format(12500.5) });
}

const patterns = new Map<string, RegExp>();

/** The number pattern of a locale, made once per locale (every cell of a grid is read with it). */
function patternOf(locale: string): RegExp {
  let pattern = patterns.get(locale);
  if (!pattern) {
    pattern = numberPattern(numberSeparators(locale));
    patterns.set(locale, pattern);
  }
  return pattern;
}

/** A typed target in a locale: empty is no target; otherwise a number the unit allows, or why not. */
export function parseTargetText(
  text: string,
  unit: TargetUnit,
  locale: string,
): { value: number | null } | { issue: string } {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { value: null };
  }
  const match = patternOf(locale).exec(trimmed);
  if (!match) {
    return { issue: trimmed.startsWith('-') ? ISSUES.negative : notANumber(locale) };
  }
  const whole = match[1].replace(/\D/g, '');
  const value = Number(match[4] === undefined ? whole : `${whole}.${match[4]}`);
  const problem = targetValueProblem(value, unit);
  return problem ? { issue: messageRefText(problem) } : { value };
}

/** A value as the input shows it, in the locale's writing: whole cents for euros (a prorated share may have more), no grouping. */
export function formatTargetInput(value: number | null, unit: TargetUnit, locale: string): string {
  if (value === null) {
    return '';
  }
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: unit === 'EUR' ? 2 : 0,
  }).format(value);
}
