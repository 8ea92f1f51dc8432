import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { KpiApi } from './kpi-api.service';
import { KPI_TREND_QUERY, KPI_VALUES_QUERY } from './kpi.operations';

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
    const operation = controller.expectOne(KPI_VALUES_QUERY);
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
    };
    operation.flush({ data: { kpiValues: [row] } });
    await expect(result).resolves.toEqual([row]);
  });

  it('asks for the monthly trend', async () => {
    const result = firstValueFrom(api.trend({ to: '2025-04-01', months: 12 }));
    const operation = controller.expectOne(KPI_TREND_QUERY);
    expect(operation.operation.variables).toEqual({ filter: { to: '2025-04-01', months: 12 } });
    operation.flush({ data: { kpiTrend: [] } });
    await expect(result).resolves.toEqual([]);
  });

  it('fails with the API error: code, message and field', async () => {
    const result = firstValueFrom(api.values({ from: '2025-04-01', to: '2025-01-01' }));
    controller
      .expectOne(KPI_VALUES_QUERY)
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
