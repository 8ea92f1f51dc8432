import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { KpiTrendDocument, KpiValuesByScopeDocument, KpiValuesDocument } from './generated/graphql';
import { KpiApi } from './kpi-api.service';

describe('KpiApi', () => {
  let api: KpiApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(KpiApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('asks for the values of a period and business models', async () => {
    const result = firstValueFrom(
      api.values({ from: '2025-01-01', to: '2025-04-01', businessModels: ['CONSUMER_LOANS'] }),
    );
    const operation = controller.expectOne(KpiValuesDocument);
    expect(operation.operation.variables).toEqual({
      filter: { from: '2025-01-01', to: '2025-04-01', businessModels: ['CONSUMER_LOANS'] },
    });
    const row = {
      __typename: 'KpiValue',
      kpi: 'WIN_RATE',
      businessModel: 'CONSUMER_LOANS',
      value: 0.42,
      sampleSize: 50,
      status: 'NO_RANGE',
      target: null,
      policyVersion: null,
      basis: null,
      judgedValue: null,
      targetToDate: null,
      forecast: null,
      pace: null,
      reps: 36,
      months: 3,
    };
    operation.flush({ data: { kpiValues: [row] } });
    await expect(result).resolves.toEqual([row]);
  });

  it('asks for several regions in one request and answers their values by region', async () => {
    const filter = { from: '2025-01-01', to: '2025-04-01', level: 'REGION' as const, ids: ['R-N', 'R-S'] };
    const result = firstValueFrom(api.valuesByScope(filter));
    const operation = controller.expectOne(KpiValuesByScopeDocument);
    expect(operation.operation.variables).toEqual({ filter });
    const north = { __typename: 'KpiScopeValues', scopeId: 'R-N', values: [] };
    const south = { __typename: 'KpiScopeValues', scopeId: 'R-S', values: [] };
    operation.flush({ data: { kpiValuesByScope: [north, south] } });
    const byRegion = await result;
    expect([...byRegion.keys()]).toEqual(['R-N', 'R-S']);
    expect(byRegion.get('R-S')).toEqual([]);
  });

  it('asks for the monthly trend', async () => {
    const result = firstValueFrom(api.trend({ to: '2025-04-01', months: 12 }));
    const operation = controller.expectOne(KpiTrendDocument);
    expect(operation.operation.variables).toEqual({ filter: { to: '2025-04-01', months: 12 } });
    operation.flush({ data: { kpiTrend: [] } });
    await expect(result).resolves.toEqual([]);
  });

  it('asks for the judgement of each month, and marks the month under way at asOf partial', async () => {
    const filter = { to: '2027-01-01', months: 2, asOf: '2026-12-04T12:00:00Z' };
    const result = firstValueFrom(api.trend(filter));
    const operation = controller.expectOne(KpiTrendDocument);
    const fields = ['basis', 'judgedValue', 'targetToDate', 'forecast', 'pace', 'reps', 'months'];
    const asked = JSON.stringify(operation.operation.query);
    expect(fields.filter((field) => !asked.includes(`"${field}"`))).toEqual([]);
    const point = (from: string, to: string) => ({
      __typename: 'KpiPoint',
      from,
      to,
      value: 12,
      sampleSize: 12,
      status: 'ACCEPTABLE',
      target: 40,
      policyVersion: 1,
      basis: 'SHARE_OF_TARGET',
      judgedValue: 1.1,
      targetToDate: 11,
      forecast: 90,
      pace: 'TOO_EARLY',
      reps: 6,
      months: 0.1,
    });
    operation.flush({
      data: {
        kpiTrend: [
          {
            __typename: 'KpiSeries',
            kpi: 'WON_DEALS',
            businessModel: 'CONSUMER_LOANS',
            points: [point('2026-11-01', '2026-12-01'), point('2026-12-01', '2027-01-01')],
          },
        ],
      },
    });
    const [series] = await result;
    expect(series.points.map((p) => [p.from, p.partial])).toEqual([
      ['2026-11-01', false],
      ['2026-12-01', true],
    ]);
    expect(series.points[1]).toMatchObject({ judgedValue: 1.1, targetToDate: 11, forecast: 90, pace: 'TOO_EARLY' });
  });

  it('fails with the API error: code, message and field', async () => {
    const result = firstValueFrom(api.values({ from: '2025-04-01', to: '2025-01-01' }));
    controller
      .expectOne(KpiValuesDocument)
      .graphqlErrors([
        { message: 'to must be after from', extensions: { code: 'BAD_USER_INPUT', field: 'filter.to' } },
      ]);
    await expect(result).rejects.toEqual({
      code: 'BAD_USER_INPUT',
      message: 'to must be after from',
      field: 'filter.to',
    });
  });

  it('fails with NETWORK when the server cannot be reached', async () => {
    const result = firstValueFrom(api.catalogue());
    controller.expectOne('KpiCatalogue').networkError(new Error('Failed to fetch'));
    await expect(result).rejects.toEqual({ code: 'NETWORK', message: 'Failed to fetch' });
  });
});
