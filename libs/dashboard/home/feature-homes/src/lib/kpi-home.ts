import { computed, type Signal } from '@angular/core';
import type {
  BusinessModelDto,
  CorridorIndex,
  KpiApi,
  KpiDefinitionDto,
  KpiValueDto,
} from '@salesdash/dashboard/kpi/data-access';
import { type PeriodQuery, periodQuery } from '@salesdash/dashboard/kpi/feature-overview';
import type { PeriodPreset } from '@salesdash/shared/domain';
import { forkJoin, map } from 'rxjs';
import { errorMessage, type HomeRequest, homeRequest, loadCorridors, valuesFilter } from './load';
import { type LoadState, loaded, loadFor, loadResource } from '@salesdash/dashboard/shared/data-access';

/** The values of one request, with the request they answer (a late answer to an old one is recognisable). */
export interface HomeValues {
  readonly request: HomeRequest;
  readonly values: readonly KpiValueDto[];
}

/** What every KPI home shows its figures with. */
export interface KpiHome {
  /** The business models once loaded; null before. */
  readonly models: Signal<readonly BusinessModelDto[] | null>;
  /** The caller's KPIs. */
  readonly catalogue: Signal<readonly KpiDefinitionDto[]>;
  /** The period and model, kept in the URL. */
  readonly query: PeriodQuery;
  /** What to ask for; null until the models are known. */
  readonly request: Signal<HomeRequest | null>;
  readonly values: { readonly state: Signal<LoadState<HomeValues>>; readonly retry: () => void };
  /** The corridors in force on the period's last day, explaining each status. */
  readonly corridors: Signal<CorridorIndex>;
  /** New figures are on their way (the last ones stay shown, dimmed). */
  readonly busy: Signal<boolean>;
  /** The page's message when the catalogue, the models or the values failed. */
  readonly error: Signal<string | null>;
  /** Asks again for what failed or may have changed: the catalogue, the models and the values. */
  readonly retry: () => void;
}

/** What a page of KPIs starts from: the catalogue and models, and the period and model of its URL. */
export interface HomeBasis {
  readonly reference: {
    readonly state: Signal<LoadState<{ catalogue: readonly KpiDefinitionDto[]; models: readonly BusinessModelDto[] }>>;
    readonly retry: () => void;
  };
  readonly models: Signal<readonly BusinessModelDto[] | null>;
  readonly catalogue: Signal<readonly KpiDefinitionDto[]>;
  readonly query: PeriodQuery;
  readonly request: Signal<HomeRequest | null>;
}

/**
 * The catalogue and business models (loaded once), the period and model from the URL (`defaultPreset`
 * when it names none) and the request they make. Call in an injection context.
 */
export function homeBasis(api: KpiApi, defaultPreset: PeriodPreset): HomeBasis {
  const reference = loadResource(() => forkJoin({ catalogue: api.catalogue(), models: api.businessModels() }));
  const models = computed(() => loaded(reference.state())?.models ?? null);
  const catalogue = computed(() => loaded(reference.state())?.catalogue ?? []);
  const query = periodQuery(defaultPreset, models);
  return { reference, models, catalogue, query, request: homeRequest(query.state, models) };
}

/**
 * The wiring every KPI home shares: `homeBasis`, the `kpiValues` of its request (the caller's widest
 * rows) and the corridors in force. A page adds what only it shows (trends, medians). Call in an
 * injection context.
 */
export function kpiHome(api: KpiApi, defaultPreset: PeriodPreset): KpiHome {
  const { reference, models, catalogue, query, request } = homeBasis(api, defaultPreset);
  const values = loadFor(request, (current) =>
    api.values(valuesFilter(current)).pipe(map((answer) => ({ request: current, values: answer }))),
  );
  return {
    models,
    catalogue,
    query,
    request,
    values,
    corridors: loadCorridors(api, request),
    busy: computed(() => values.state().status === 'loading'),
    error: computed(() => {
      const failed = [reference.state(), values.state()].find((state) => state.status === 'failed');
      return failed?.status === 'failed' ? errorMessage(failed.error) : null;
    }),
    retry: () => {
      reference.retry();
      values.retry();
    },
  };
}
