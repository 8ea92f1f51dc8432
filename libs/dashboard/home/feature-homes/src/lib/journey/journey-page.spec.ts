import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AccessApi } from '@salesdash/dashboard/access/data-access';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import {
  type FeedbackListFilter,
  type FunnelModelDto,
  JourneyApi,
  type JourneyFilter,
} from '@salesdash/dashboard/journey/feature-journey';
import { KpiApi } from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import { of } from 'rxjs';
import { catalogueFor, MODELS, value } from '../testing.fixtures';
import { JourneyPage } from './journey-page';

const STAGES = ['SUSPECT', 'PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT'] as const;

function funnel(businessModel: string): FunnelModelDto {
  return {
    businessModel,
    cohortSize: 10,
    lostCount: 0,
    defaultedCount: 0,
    stages: STAGES.map((stage) => ({
      stage,
      reached: 10,
      conversionToNext: 1,
      medianDaysToNext: 1,
      daysToNextCount: 10,
      lostHere: 0,
      stillOpenHere: 0,
    })),
  };
}

class FakeJourneyApi {
  readonly funnels: JourneyFilter[] = [];
  readonly heatmaps: JourneyFilter[] = [];
  readonly feedbacks: FeedbackListFilter[] = [];
  funnel = (filter: JourneyFilter) => {
    this.funnels.push(filter);
    return of((filter.businessModels ?? MODELS.map((m) => m.code)).map(funnel));
  };
  heatmap = (filter: JourneyFilter) => {
    this.heatmaps.push(filter);
    return of({ from: filter.from, to: filter.to, previousFrom: filter.from, previousTo: filter.from, cells: [] });
  };
  weakest = () => of([]);
  momentsThatMatter = () => of([]);
  feedback = (filter: FeedbackListFilter) => {
    this.feedbacks.push(filter);
    return of({ total: 0, offset: 0, limit: 50, rows: [] });
  };
}

async function open(url: string) {
  const journey = new FakeJourneyApi();
  TestBed.configureTestingModule({
    providers: [
      provideChartsStub(),
      provideRouter([{ path: 'journey', component: JourneyPage }]),
      provideLocationMocks(),
      {
        provide: KpiApi,
        useValue: {
          catalogue: () => of(catalogueFor('MARKETING')),
          businessModels: () => of(MODELS),
          trend: () => of([]),
          corridorsInForce: () => of([]),
          values: () => of(catalogueFor('MARKETING').map((kpi) => value(kpi.code, 'CONSUMER_LOANS', 0.5))),
        },
      },
      {
        provide: AccessApi,
        useValue: {
          myAccess: () =>
            of({ role: 'MARKETING', scope: { type: 'COMPANY', ids: null, label: 'The whole company' }, kpis: [] }),
        },
      },
      { provide: JourneyApi, useValue: journey },
      { provide: AuthService, useValue: { viewer: () => ({ id: 'U-1', role: 'MARKETING' }) } },
      { provide: TODAY, useValue: () => '2025-05-14' },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, JourneyPage);
  await harness.fixture.whenStable();
  return { element: harness.routeNativeElement as HTMLElement, journey };
}

describe('JourneyPage: funnel, moments and voice of the customer', () => {
  it('shows them after the KPI tiles, in this order, for the page’s period and all models', async () => {
    const { element, journey } = await open('/journey');
    const parts = [
      ...element.querySelectorAll('section[data-section], sd-journey-funnel, sd-moments-panel, sd-feedback-panel'),
    ];
    expect(parts.map((part) => part.getAttribute('data-section') ?? part.tagName.toLowerCase())).toEqual([
      'journey',
      'voice',
      'sd-journey-funnel',
      'sd-moments-panel',
      'sd-feedback-panel',
    ]);
    const lastTwelveMonths = { from: '2024-05-01', to: '2025-05-01', businessModels: null };
    expect(journey.funnels).toEqual([lastTwelveMonths]);
    expect(journey.heatmaps).toEqual([lastTwelveMonths]);
    expect(journey.feedbacks).toEqual([{ from: '2024-05-01', to: '2025-05-01', offset: 0, limit: 50 }]);
    expect(element.querySelectorAll('[data-testid=funnel-panel]')).toHaveLength(2);
  });

  it('asks for the model and period of the URL', async () => {
    const { journey } = await open('/journey?preset=last-month&model=PREMIUM_FINANCING');
    expect(journey.funnels[0]).toEqual({ from: '2025-04-01', to: '2025-05-01', businessModels: ['PREMIUM_FINANCING'] });
    expect(journey.feedbacks[0]).toMatchObject({ businessModels: ['PREMIUM_FINANCING'] });
  });
});
