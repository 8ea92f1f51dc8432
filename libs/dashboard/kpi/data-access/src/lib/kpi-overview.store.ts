import { computed, inject, Injectable, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { addDays, type Period } from '@salesdash/shared/domain';
import { catchError, defer, forkJoin, map, type Observable, of, shareReplay, Subject, switchMap } from 'rxjs';
import { CorridorIndex } from './corridor.models';
import { KpiApi } from './kpi-api.service';
import type { BusinessModelDto, KpiDefinitionDto, KpiTrendSeries, KpiValueDto } from './kpi.models';
import { dataOf, type LoadState } from '@salesdash/dashboard/shared/data-access';

/** What the overview shows: a period and all business models or one. */
export interface OverviewQuery {
  readonly period: Period;
  /** A business model code; null for all models. */
  readonly businessModel: string | null;
}

export interface OverviewData {
  readonly query: OverviewQuery;
  readonly catalogue: readonly KpiDefinitionDto[];
  readonly businessModels: readonly BusinessModelDto[];
  readonly values: readonly KpiValueDto[];
}

export interface OverviewTrend {
  readonly query: OverviewQuery;
  /** The running month is marked partial; months not yet started are left out. */
  readonly series: readonly KpiTrendSeries[];
}

const NO_CORRIDORS = new CorridorIndex([]);

/** Months of the sparklines: the year up to the period's last month. */
export const TREND_MONTHS = 12;

interface Reference {
  readonly catalogue: readonly KpiDefinitionDto[];
  readonly businessModels: readonly BusinessModelDto[];
}

function failed(error: unknown): { readonly status: 'failed'; readonly error: ApiError } {
  const apiError =
    error && typeof error === 'object' && 'code' in error
      ? (error as ApiError)
      : { code: 'NETWORK' as const, message: String(error) };
  return { status: 'failed', error: apiError };
}

/**
 * The data of the KPI overview: catalogue and business models (loaded once), the values of the
 * chosen period and model, and the monthly trend behind the sparklines (loaded separately so the
 * tiles do not wait for it). Provide it in the page component; call `load` whenever the query
 * changes. A newer query cancels an older one still in flight.
 */
@Injectable()
export class KpiOverviewStore {
  private readonly api = inject(KpiApi);
  private readonly requests = new Subject<OverviewQuery>();
  private readonly dataState = signal<LoadState<OverviewData>>({ status: 'idle' });
  private readonly trendState = signal<LoadState<OverviewTrend>>({ status: 'idle' });
  private readonly corridorState = signal(NO_CORRIDORS);
  private lastQuery: OverviewQuery | undefined;
  private reference$ = this.createReference();

  /** Values with the catalogue and business models they refer to. */
  readonly data = this.dataState.asReadonly();
  /** Monthly series for the sparklines; a failure here leaves the tiles in place. */
  readonly trend = this.trendState.asReadonly();
  /**
   * The corridors in force on the period's last day (one request for the whole page): they explain
   * the statuses and draw the bands. Without them the statuses still show, unexplained.
   */
  readonly corridors = this.corridorState.asReadonly();
  readonly loading = computed(() => this.dataState().status === 'loading' || this.trendState().status === 'loading');

  constructor() {
    this.requests
      .pipe(
        switchMap((query) => {
          // untracked: `load` may be called from an effect, which must not depend on this state.
          this.dataState.set({ status: 'loading', previous: dataOf(untracked(this.dataState)) });
          return this.loadData(query);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.dataState.set(state));
    this.requests
      .pipe(
        switchMap((query) => {
          this.trendState.set({ status: 'loading', previous: dataOf(untracked(this.trendState)) });
          return this.loadTrend(query);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.trendState.set(state));
    this.requests
      .pipe(
        switchMap((query) => this.loadCorridors(query)),
        takeUntilDestroyed(),
      )
      .subscribe((corridors) => this.corridorState.set(corridors));
  }

  load(query: OverviewQuery): void {
    this.lastQuery = query;
    this.requests.next(query);
  }

  /** Loads the last query again (after an error), including reference data that failed. */
  retry(): void {
    if (this.lastQuery) {
      this.reference$ = this.createReference();
      this.requests.next(this.lastQuery);
    }
  }

  private createReference(): Observable<Reference> {
    return defer(() => forkJoin({ catalogue: this.api.catalogue(), businessModels: this.api.businessModels() })).pipe(
      shareReplay({ bufferSize: 1, refCount: false }),
    );
  }

  private loadData(query: OverviewQuery): Observable<LoadState<OverviewData>> {
    const businessModels = query.businessModel === null ? null : [query.businessModel];
    return forkJoin({
      reference: this.reference$,
      values: this.api.values({ from: query.period.from, to: query.period.to, businessModels, withChange: true }),
    }).pipe(
      map(
        ({ reference, values }): LoadState<OverviewData> => ({
          status: 'loaded',
          data: { query, ...reference, values },
        }),
      ),
      catchError((error: unknown) => of(failed(error))),
    );
  }

  private loadCorridors(query: OverviewQuery): Observable<CorridorIndex> {
    return this.api.corridorsInForce(addDays(query.period.to, -1)).pipe(
      map((corridors) => new CorridorIndex(corridors)),
      catchError(() => of(NO_CORRIDORS)),
    );
  }

  private loadTrend(query: OverviewQuery): Observable<LoadState<OverviewTrend>> {
    const businessModels = query.businessModel === null ? null : [query.businessModel];
    return this.api.trend({ to: query.period.to, months: TREND_MONTHS, businessModels }).pipe(
      map((series): LoadState<OverviewTrend> => ({ status: 'loaded', data: { query, series } })),
      catchError((error: unknown) => of(failed(error))),
    );
  }
}
