import { ValidationError, type FieldIssue } from '@salesdash/api/platform';
import {
  exceedsMaxPeriod,
  KPI_CODES,
  type KpiCode,
  MAX_PERIOD_YEARS,
  type Period,
  type ScopeType,
} from '@salesdash/shared/domain';

export const MAX_TREND_MONTHS = 36;
/** Scopes one kpiValuesByScope request may measure: the regions or teams of a page, a manager's reps. */
export const MAX_SCOPES = 200;
export const COMPANY_IS_ONE_SCOPE = 'the company is one scope: ask kpiValues for it';

/** Checks a list against what is known; no list means all of them. */
function selectFrom<T extends string>(
  requested: readonly string[] | null | undefined,
  known: readonly T[],
  field: string,
  noun: string,
  issues: FieldIssue[],
): T[] {
  if (requested === null || requested === undefined) {
    return [...known];
  }
  if (requested.length === 0) {
    issues.push({ field, message: `name at least one ${noun}, or leave ${field.split('.').pop()} out for all` });
    return [];
  }
  const unknown = requested.filter((code) => !known.includes(code as T));
  if (unknown.length > 0) {
    issues.push({ field, message: `unknown ${noun} ${unknown.map((code) => `'${code}'`).join(', ')}` });
  }
  return known.filter((code) => requested.includes(code));
}

export interface KpiSelection {
  readonly businessModels: string[];
  readonly kpis: KpiCode[];
}

/**
 * Validates the models and KPIs a filter names and returns them in catalogue order; unknown codes
 * are BAD_USER_INPUT. Which of them the caller may see is the access module's decision.
 */
export function selectModelsAndKpis(
  filter: { businessModels?: string[] | null; kpis?: string[] | null },
  knownModels: readonly string[],
  issues: FieldIssue[],
): KpiSelection {
  return {
    businessModels: selectFrom(filter.businessModels, knownModels, 'filter.businessModels', 'business model', issues),
    kpis: selectFrom(filter.kpis, KPI_CODES, 'filter.kpis', 'KPI', issues),
  };
}

export function checkPeriod(period: Period, issues: FieldIssue[]): void {
  if (period.from >= period.to) {
    issues.push({ field: 'filter.to', message: `to (${period.to}) must be after from (${period.from})` });
  } else if (exceedsMaxPeriod(period)) {
    issues.push({ field: 'filter.to', message: `a period may span at most ${MAX_PERIOD_YEARS} years` });
  }
}

export function checkTrendMonths(months: number, issues: FieldIssue[]): void {
  if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
    issues.push({ field: 'filter.months', message: `months must be between 1 and ${MAX_TREND_MONTHS}` });
  }
}

/** The level and ids of a request for several scopes: one level below the company, 1–MAX_SCOPES distinct ids. */
export function checkScopes(level: ScopeType, ids: readonly string[], issues: FieldIssue[]): void {
  if (level === 'COMPANY') {
    issues.push({ field: 'filter.level', message: COMPANY_IS_ONE_SCOPE });
  }
  if (ids.length === 0 || ids.length > MAX_SCOPES) {
    issues.push({ field: 'filter.ids', message: `name 1 to ${MAX_SCOPES} ids (got ${ids.length})` });
  } else if (new Set(ids).size < ids.length) {
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    issues.push({
      field: 'filter.ids',
      message: `each id once: ${repeated.map((id) => `'${id}'`).join(', ')} repeated`,
    });
  }
}

export function throwIfAny(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
}
