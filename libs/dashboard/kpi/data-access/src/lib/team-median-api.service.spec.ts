import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { TeamMediansDocument } from './generated/graphql';
import { TeamMedianApi } from './team-median-api.service';

describe('TeamMedianApi', () => {
  let api: TeamMedianApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(TeamMedianApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('asks for the team medians of a period, without any scope', async () => {
    const result = firstValueFrom(api.medians({ from: '2025-01-01', to: '2025-04-01' }));
    const operation = controller.expectOne(TeamMediansDocument);
    expect(operation.operation.variables).toEqual({ filter: { from: '2025-01-01', to: '2025-04-01' } });
    const row = {
      __typename: 'TeamMedian',
      kpi: 'WIN_RATE',
      businessModel: 'CONSUMER_LOANS',
      median: 0.4,
      colleagueCount: 5,
      unavailableReason: null,
    };
    operation.flush({ data: { teamMedians: [row] } });
    await expect(result).resolves.toEqual([row]);
  });

  it('fails with the API error, e.g. FORBIDDEN for a role other than SALES_REP', async () => {
    const result = firstValueFrom(api.medians({ from: '2025-01-01', to: '2025-04-01' }));
    controller
      .expectOne(TeamMediansDocument)
      .graphqlErrors([{ message: 'Reps only', extensions: { code: 'FORBIDDEN' } }]);
    await expect(result).rejects.toEqual({ code: 'FORBIDDEN', message: 'Reps only' });
  });
});
