import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { AccessApi } from './access-api.service';
import { MyAccessDocument, MyTeamsDocument, RegionsDocument } from './generated/graphql';

describe('AccessApi', () => {
  let api: AccessApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(AccessApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('reads the caller’s access: role, scope and the grant of each KPI', async () => {
    const result = firstValueFrom(api.myAccess());
    const access = {
      __typename: 'Access',
      role: 'SALES_MANAGER',
      scope: { __typename: 'ScopeSummary', type: 'TEAM', ids: ['T-NORTH-1'], label: 'Teams you manage: North 1' },
      kpis: [{ __typename: 'KpiGrant', kpi: 'WON_VOLUME', grantedBy: 'Responsibility of SALES_MANAGER: Won volume' }],
    };
    controller.expectOne(MyAccessDocument).flush({ data: { myAccess: access } });
    await expect(result).resolves.toEqual(access);
  });

  it('reads regions and the managed teams with their reps', async () => {
    const regions = firstValueFrom(api.regions());
    controller
      .expectOne(RegionsDocument)
      .flush({ data: { regions: [{ __typename: 'RegionSummary', id: 'R-NORTH', name: 'North' }] } });
    await expect(regions).resolves.toEqual([{ __typename: 'RegionSummary', id: 'R-NORTH', name: 'North' }]);

    const teams = firstValueFrom(api.myTeams());
    const team = {
      __typename: 'TeamSummary',
      id: 'T-NORTH-1',
      name: 'North 1',
      regionId: 'R-NORTH',
      regionName: 'North',
      reps: [{ __typename: 'RepSummary', id: 'U-REP-1', displayName: 'Robin Rep' }],
    };
    controller.expectOne(MyTeamsDocument).flush({ data: { myTeams: [team] } });
    await expect(teams).resolves.toEqual([team]);
  });

  it('fails with the API error, e.g. FORBIDDEN for a role that may not list regions', async () => {
    const result = firstValueFrom(api.regions());
    controller
      .expectOne(RegionsDocument)
      .graphqlErrors([{ message: 'Not for sales reps', extensions: { code: 'FORBIDDEN' } }]);
    await expect(result).rejects.toEqual({ code: 'FORBIDDEN', message: 'Not for sales reps' });
  });
});
