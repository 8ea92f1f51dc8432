import { fieldIssue, type FieldIssue, ValidationError } from '@salesdash/api/platform';
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
/** How a list of what is known is refused: named empty, or naming what is not known (`codes`). */
interface ListRefusals {
  readonly empty: 'NAME_AT_LEAST_ONE_BUSINESS_MODEL' | 'NAME_AT_LEAST_ONE_KPI';
  readonly unknown: 'UNKNOWN_BUSINESS_MODELS' | 'UNKNOWN_KPIS';
}

/** Checks a list against what is known; no list means all of them. */
function selectFrom<T extends string>(
  requested: readonly string[] | null | undefined,
  known: readonly T[],
  field: string,
  refusals: ListRefusals,
  issues: FieldIssue[],
): T[] {
  if (requested === null || requested === undefined) {
    return [...known];
  }
  if (requested.length === 0) {
    issues.push(fieldIssue(field, refusals.empty, {}));
    return [];
  }
  const unknown = requested.filter((code) => !known.includes(code as T));
  if (unknown.length > 0) {
    issues.push(fieldIssue(field, refusals.unknown, { codes: unknown.map((code) => `'${code}'`).join(', ') }));
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
    businessModels: selectFrom(
      filter.businessModels,
      knownModels,
      'filter.businessModels',
      { empty: 'NAME_AT_LEAST_ONE_BUSINESS_MODEL', unknown: 'UNKNOWN_BUSINESS_MODELS' },
      issues,
    ),
    kpis: selectFrom(
      filter.kpis,
      KPI_CODES,
      'filter.kpis',
      { empty: 'NAME_AT_LEAST_ONE_KPI', unknown: 'UNKNOWN_KPIS' },
      issues,
    ),
  };
}

export function checkPeriod(period: Period, issues: FieldIssue[]): void {
  if (period.from >= period.to) {
    issues.push(fieldIssue('filter.to', 'PERIOD_END_NOT_AFTER_START', { to: period.to, from: period.from }));
  } else if (exceedsMaxPeriod(period)) {
    issues.push(fieldIssue('filter.to', 'PERIOD_TOO_LONG', { years: MAX_PERIOD_YEARS }));
  }
}

export function checkTrendMonths(months: number, issues: FieldIssue[]): void {
  if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
    issues.push(fieldIssue('filter.months', 'TREND_MONTHS_OUT_OF_RANGE', { max: MAX_TREND_MONTHS }));
  }
}

/** The level and ids of a request for several scopes: one level below the company, 1–MAX_SCOPES distinct ids. */
export function checkScopes(level: ScopeType, ids: readonly string[], issues: FieldIssue[]): void {
  if (level === 'COMPANY') {
    issues.push(fieldIssue('filter.level', 'COMPANY_IS_ONE_SCOPE', {}));
  }
  if (ids.length === 0 || ids.length > MAX_SCOPES) {
    issues.push(fieldIssue('filter.ids', 'SCOPE_IDS_COUNT', { max: MAX_SCOPES, count: ids.length }));
  } else if (new Set(ids).size < ids.length) {
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    issues.push(fieldIssue('filter.ids', 'SCOPE_IDS_REPEATED', { ids: repeated.map((id) => `'${id}'`).join(', ') }));
  }
}

export function throwIfAny(issues: readonly FieldIssue[]): void {
  if (issues.length > 0) {
    throw new ValidationError(issues);
  }
}
