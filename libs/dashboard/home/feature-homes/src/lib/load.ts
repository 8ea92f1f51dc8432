import { computed, type Signal } from '@angular/core';
import {
  type BusinessModelDto,
  CorridorIndex,
  type KpiApi,
  type KpiFilter,
  type KpiTrendFilter,
} from '@salesdash/dashboard/kpi/data-access';
import type { PeriodState } from '@salesdash/dashboard/kpi/feature-overview';
import { type ApiError, dataOf, isTryLater, loadFor } from '@salesdash/dashboard/shared/data-access';
import { addDays, type Period } from '@salesdash/shared/domain';
import { HOME_TEXTS } from './home.texts';

/** Months of a home's trends: the year up to the period's last month. */
export const TREND_MONTHS = 12;

/** What a home asks the API for: the period and all business models (null) or one. */
export interface HomeRequest {
  readonly period: Period;
  readonly businessModel: string | null;
}

function sameRequest(a: HomeRequest | null, b: HomeRequest | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.businessModel === b.businessModel &&
      a.period.from === b.period.from &&
      a.period.to === b.period.to)
  );
}

/**
 * The request of a home's URL state once its business models are known (null before): a model the
 * API does not know asks for all models, as the URL will say once `periodQuery` has corrected it.
 */
export function homeRequest(
  state: Signal<PeriodState>,
  models: Signal<readonly BusinessModelDto[] | null>,
): Signal<HomeRequest | null> {
  return computed(
    () => {
      const known = models();
      if (known === null) {
        return null;
      }
      const { selection, businessModel } = state();
      const model = known.some((m) => m.code === businessModel) ? businessModel : null;
      return { period: { from: selection.from, to: selection.to }, businessModel: model };
    },
    { equal: sameRequest },
  );
}

/** The business models a request asks for: the chosen one, or all. */
export function chosenModels(models: readonly BusinessModelDto[], request: HomeRequest): BusinessModelDto[] {
  return models.filter((model) => request.businessModel === null || model.code === request.businessModel);
}

/** The period and model of a request as a filter: one model as `businessModels`, none for all. */
export function periodFilter(request: HomeRequest): Pick<KpiFilter, 'from' | 'to' | 'businessModels'> {
  const models = request.businessModel === null ? {} : { businessModels: [request.businessModel] };
  return { from: request.period.from, to: request.period.to, ...models };
}

/** `kpiValues`' filter of a request: every value with its change against the period before and last year. */
export function valuesFilter(request: HomeRequest, more: Omit<KpiFilter, 'from' | 'to'> = {}): KpiFilter {
  return { ...periodFilter(request), withChange: true, ...more };
}

/** `kpiTrend`'s filter of a request: the months up to and including the period's last one. */
export function trendFilter(request: HomeRequest, more: Omit<KpiTrendFilter, 'to' | 'months'> = {}): KpiTrendFilter {
  const models = request.businessModel === null ? {} : { businessModels: [request.businessModel] };
  return { to: request.period.to, months: TREND_MONTHS, ...models, ...more };
}

/** A page's message for a failed load: FORBIDDEN is said plainly, never as a crash. */
export function errorMessage(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
    case 'NETWORK':
    case 'TIMEOUT':
      return HOME_TEXTS.error[error.code];
    default:
      return isTryLater(error) ? HOME_TEXTS.error.busy : HOME_TEXTS.error.other;
  }
}

const NO_CORRIDORS = new CorridorIndex([]);

/**
 * The corridors in force on the period's last day, in one request for the whole page (again when the
 * period changes; the last ones meanwhile): they explain each status and draw the trend bands. Until
 * they load (or if they fail) statuses show unexplained.
 */
export function loadCorridors(api: KpiApi, request: Signal<HomeRequest | null>): Signal<CorridorIndex> {
  const lastDay = computed(() => {
    const current = request();
    return current === null ? null : addDays(current.period.to, -1);
  });
  const { state } = loadFor(lastDay, (day) => api.corridorsInForce(day));
  return computed(() => {
    const corridors = dataOf(state());
    return corridors ? new CorridorIndex(corridors) : NO_CORRIDORS;
  });
}
