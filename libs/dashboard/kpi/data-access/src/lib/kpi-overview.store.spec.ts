import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { type Observable, of, Subject, throwError } from 'rxjs';
import type { CorridorDto } from './corridor.models';
import type { KpiFilter, KpiTrendFilter } from './generated/graphql';
import { KpiApi } from './kpi-api.service';
import type { BusinessModelDto, KpiDefinitionDto, KpiValueDto } from './kpi.models';
import { KpiOverviewStore, type OverviewQuery } from './kpi-overview.store';

const CATALOGUE: KpiDefinitionDto[] = [
  {
    code: 'NEW_LEADS',
    name: 'New leads',
    unit: 'COUNT',
    stage: 'SUSPECT',
    ownerRoles: ['MANAGEMENT'],
    description: 'Deals created in the period.',
    sampleSizeOf: 'deals created in the period',
    direction: 'HIGHER_IS_BETTER',
    directionReason: null,
    allowedBases: ['VALUE', 'PER_REP_MONTH', 'SHARE_OF_TARGET'],
  },
];
const MODELS: BusinessModelDto[] = [{ code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' }];
const VALUE: KpiValueDto = {
  kpi: 'NEW_LEADS',
  businessModel: 'CONSUMER_LOANS',
  value: 12,
  sampleSize: 12,
  status: 'NO_RANGE',
  target: null,
  policyVersion: null,
  basis: null,
  judgedValue: null,
  targetToDate: null,
  forecast: 12,
  pace: null,
  reps: 36,
  months: 3,
  change: null,
};
const QUARTER: OverviewQuery = { period: { from: '2025-01-01', to: '2025-04-01' }, businessModel: null };
const ONE_MODEL: OverviewQuery = { period: { from: '2025-01-01', to: '2025-04-01' }, businessModel: 'CONSUMER_LOANS' };

const CORRIDOR: CorridorDto = {
  id: 'C-1',
  businessModel: 'CONSUMER_LOANS',
  kpi: 'NEW_LEADS',
  segment: null,
  version: 1,
  effectiveFrom: '2025-01-01',
  acceptableMin: 100,
  acceptableMax: null,
  toleratedMin: 50,
  toleratedMax: null,
  minSampleSize: 1,
  rationale: 'Feed the funnel.',
  basis: 'VALUE',
  publishedAt: '2024-12-01T00:00:00Z',
  publishedBy: null,
  description: 'acceptable at least 100, tolerated at least 50',
};

class FakeKpiApi {
  catalogueCalls = 0;
  failCatalogue = false;
  readonly valueFilters: KpiFilter[] = [];
  readonly trendFilters: KpiTrendFilter[] = [];
  readonly corridorDays: string[] = [];
  values$: () => Observable<readonly KpiValueDto[]> = () => of([VALUE]);

  catalogue(): Observable<readonly KpiDefinitionDto[]> {
    this.catalogueCalls++;
    const error: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: 'down' };
    return this.failCatalogue ? throwError(() => error) : of(CATALOGUE);
  }
  businessModels(): Observable<readonly BusinessModelDto[]> {
    return of(MODELS);
  }
  values(filter: KpiFilter): Observable<readonly KpiValueDto[]> {
    this.valueFilters.push(filter);
    return this.values$();
  }
  corridorsInForce(onDate: string) {
    this.corridorDays.push(onDate);
    return onDate === '2025-03-31' ? of([CORRIDOR]) : throwError(() => new Error('down'));
  }
  trend(filter: KpiTrendFilter) {
    this.trendFilters.push(filter);
    return of([{ kpi: 'NEW_LEADS', businessModel: 'CONSUMER_LOANS', points: [] }]);
  }
}

function setUp(): { store: KpiOverviewStore; api: FakeKpiApi } {
  const api = new FakeKpiApi();
  TestBed.configureTestingModule({ providers: [KpiOverviewStore, { provide: KpiApi, useValue: api }] });
  return { store: TestBed.inject(KpiOverviewStore), api };
}

describe('KpiOverviewStore', () => {
  it('is idle until asked', () => {
    const { store } = setUp();
    expect(store.data()).toEqual({ status: 'idle' });
    expect(store.trend()).toEqual({ status: 'idle' });
  });

  it('loads the corridors in force on the period’s last day once per query; a failure leaves none', () => {
    const { store, api } = setUp();
    store.load(ONE_MODEL);
    expect(api.corridorDays).toEqual(['2025-03-31']);
    expect(store.corridors().find('CONSUMER_LOANS', 'NEW_LEADS', 1)).toEqual(CORRIDOR);
    store.load({ ...ONE_MODEL, period: { from: '2025-01-01', to: '2025-02-01' } });
    expect(api.corridorDays).toEqual(['2025-03-31', '2025-01-31']);
    expect(store.corridors().find('CONSUMER_LOANS', 'NEW_LEADS', 1)).toBeNull();
  });

  it('loads values with the catalogue and business models, and the 12-month trend', () => {
    const { store, api } = setUp();
    store.load(QUARTER);
    expect(store.data()).toEqual({
      status: 'loaded',
      data: { query: QUARTER, catalogue: CATALOGUE, businessModels: MODELS, values: [VALUE] },
    });
    expect(store.trend().status).toBe('loaded');
    expect(api.valueFilters).toEqual([
      { from: '2025-01-01', to: '2025-04-01', businessModels: null, withChange: true },
    ]);
    expect(api.trendFilters).toEqual([{ to: '2025-04-01', months: 12, businessModels: null }]);
  });

  it('asks for one business model when one is chosen, and loads the catalogue only once', () => {
    const { store, api } = setUp();
    store.load(QUARTER);
    store.load(ONE_MODEL);
    expect(api.valueFilters[1].businessModels).toEqual(['CONSUMER_LOANS']);
    expect(api.trendFilters[1].businessModels).toEqual(['CONSUMER_LOANS']);
    expect(api.catalogueCalls).toBe(1);
  });

  it('keeps the previous data while loading again, and lets a newer query win', () => {
    const { store, api } = setUp();
    store.load(QUARTER);
    const slow = new Subject<readonly KpiValueDto[]>();
    const fast = new Subject<readonly KpiValueDto[]>();
    const pending = [slow, fast];
    api.values$ = () => pending.shift() ?? of([]);
    store.load(ONE_MODEL);
    expect(store.data()).toMatchObject({ status: 'loading', previous: { query: QUARTER } });
    expect(store.loading()).toBe(true);
    store.load(QUARTER);
    slow.next([{ ...VALUE, value: 1 }]);
    expect(store.data().status).toBe('loading');
    fast.next([{ ...VALUE, value: 2 }]);
    fast.complete();
    expect(store.data()).toMatchObject({ status: 'loaded', data: { query: QUARTER, values: [{ value: 2 }] } });
  });

  it('reports a failure and loads again on retry', () => {
    const { store, api } = setUp();
    api.failCatalogue = true;
    store.load(QUARTER);
    expect(store.data()).toEqual({ status: 'failed', error: { code: 'INTERNAL_SERVER_ERROR', message: 'down' } });
    api.failCatalogue = false;
    store.retry();
    expect(store.data().status).toBe('loaded');
  });
});
