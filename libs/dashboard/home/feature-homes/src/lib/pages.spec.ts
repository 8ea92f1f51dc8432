import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AccessApi, type TeamDto } from '@salesdash/dashboard/access/data-access';
import {
  KpiApi,
  type KpiFilter,
  type KpiValueDto,
  type TeamMedianDto,
  TeamMedianApi,
  type TeamMedianFilter,
} from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import type { Role } from '@salesdash/shared/domain';
import { type Observable, of, throwError } from 'rxjs';
import { CompanyPage } from './company/company-page';
import { CorridorsPage } from './corridors/corridors-page';
import { JourneyPage } from './journey/journey-page';
import { MyPerformancePage } from './my-performance/my-performance-page';
import { MyTeamsPage } from './my-teams/my-teams-page';
import { catalogueFor, MODELS, value } from './testing.fixtures';

const FORBIDDEN = { code: 'FORBIDDEN' as const, message: 'No' };
const TEAM: TeamDto = {
  id: 'T-1',
  name: 'North 1',
  regionId: 'R-NORTH',
  regionName: 'North',
  reps: [
    { id: 'U-1', displayName: 'Ann' },
    { id: 'U-2', displayName: 'Ben' },
  ],
};

class FakeKpiApi {
  readonly filters: KpiFilter[] = [];
  constructor(
    private readonly role: Role,
    private readonly answer: (filter: KpiFilter) => Observable<readonly KpiValueDto[]> = () =>
      of(catalogueFor(role).map((kpi) => value(kpi.code, 'CONSUMER_LOANS', 0.95, 1))),
  ) {}
  catalogue = () => of(catalogueFor(this.role));
  businessModels = () => of(MODELS);
  trend = () => of([]);
  corridorsInForce = () => of([]);
  values = (filter: KpiFilter) => {
    this.filters.push(filter);
    return this.answer(filter);
  };
}

class FakeTeamMedianApi {
  readonly filters: TeamMedianFilter[] = [];
  constructor(private readonly answer: () => Observable<readonly TeamMedianDto[]> = () => of([])) {}
  medians = (filter: TeamMedianFilter) => {
    this.filters.push(filter);
    return this.answer();
  };
}

class FakeAccessApi {
  constructor(private readonly role: Role) {}
  myAccess = () =>
    of({
      role: this.role,
      scope: { type: 'COMPANY' as const, ids: null, label: 'The whole company' },
      kpis: [{ kpi: 'NEW_LEADS', grantedBy: `Responsibility of ${this.role}` }],
    });
  myTeams = () => (this.role === 'SALES_MANAGER' ? of([TEAM]) : throwError(() => FORBIDDEN));
  regions = () =>
    ['SALES_MANAGER', 'SALES_REP'].includes(this.role)
      ? throwError(() => FORBIDDEN)
      : of([
          { id: 'R-NORTH', name: 'North' },
          { id: 'R-SOUTH', name: 'South' },
        ]);
}

async function render<T>(
  component: Type<T>,
  kpi: FakeKpiApi,
  access: FakeAccessApi,
  teamMedians = new FakeTeamMedianApi(),
) {
  TestBed.configureTestingModule({
    providers: [
      provideChartsStub(),
      provideRouter([]),
      { provide: KpiApi, useValue: kpi },
      { provide: AccessApi, useValue: access },
      { provide: TeamMedianApi, useValue: teamMedians },
      { provide: TODAY, useValue: () => '2025-05-14' },
    ],
  });
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('MyPerformancePage', () => {
  it('asks for the rep’s default scope only and shows quota attainment as the headline', async () => {
    const kpi = new FakeKpiApi('SALES_REP');
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'));
    expect(kpi.filters).toEqual([{ from: '2024-06-01', to: '2025-06-01' }]);
    expect(text(element.querySelector('h1'))).toBe('My performance');
    expect(text(element.querySelector('[data-testid=headline-value]'))).toBe('95.0%');
    const won = element.querySelector('tr[data-kpi=WON_VOLUME]');
    const figures = [...(won?.querySelectorAll('td:not([data-testid=kpi-status])') ?? [])].slice(1, 5);
    expect(figures.map(text)).toEqual(['€1', '', '€1', '95%']);
    expect(text(won?.querySelector('[data-testid=kpi-status] button') ?? null)).toBe('No corridor');
    expect(text(element.querySelector('[data-testid=headline] sd-kpi-status button'))).toBe('No corridor');
    expect(element.querySelector('[data-testid=why-toggle]')).not.toBeNull();
  });

  it('shows the team median beside each own value, formatted like it, or why there is none', async () => {
    const teamMedians = new FakeTeamMedianApi(() =>
      of([
        { kpi: 'QUOTA_ATTAINMENT', businessModel: 'CONSUMER_LOANS', median: 0.9, repCount: 5, unavailableReason: null },
        { kpi: 'WON_VOLUME', businessModel: 'CONSUMER_LOANS', median: 1234, repCount: 4, unavailableReason: null },
        {
          kpi: 'WIN_RATE',
          businessModel: 'CONSUMER_LOANS',
          median: null,
          repCount: 2,
          unavailableReason: 'TOO_FEW_REPS' as const,
        },
      ]),
    );
    const element = await render(
      MyPerformancePage,
      new FakeKpiApi('SALES_REP'),
      new FakeAccessApi('SALES_REP'),
      teamMedians,
    );
    expect(teamMedians.filters).toEqual([{ from: '2024-06-01', to: '2025-06-01' }]);
    expect(text(element.querySelector('[data-testid=headline-median]'))).toBe('Team median: 90.0% (5 reps)');
    const median = (kpi: string) => text(element.querySelector(`tr[data-kpi=${kpi}] [data-testid=team-median]`));
    expect(median('WON_VOLUME')).toBe('€1,234 (4 reps)');
    expect(median('WIN_RATE')).toBe('Too few reps');
    expect(median('NEW_LEADS')).toBe('');
    expect(text(element.querySelector('[data-testid=team-median-note]'))).toContain('at least 3 reps');
  });

  it('keeps the rep’s own figures when the team medians fail, and says they are not available', async () => {
    const teamMedians = new FakeTeamMedianApi(() => throwError(() => FORBIDDEN));
    const element = await render(
      MyPerformancePage,
      new FakeKpiApi('SALES_REP'),
      new FakeAccessApi('SALES_REP'),
      teamMedians,
    );
    expect(element.querySelector('[role=alert]')).toBeNull();
    expect(text(element.querySelector('tr[data-kpi=WON_VOLUME] [data-testid=kpi-value]'))).toBe('€1');
    expect(text(element.querySelector('tr[data-kpi=WON_VOLUME] [data-testid=team-median]'))).toBe('Not available');
    expect(text(element.querySelector('[data-testid=headline-median]'))).toBe(
      'Team median: not shown, it could not be loaded',
    );
  });

  it('says FORBIDDEN plainly instead of failing', async () => {
    const kpi = new FakeKpiApi('SALES_REP', () => throwError(() => FORBIDDEN));
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'));
    expect(text(element.querySelector('[role=alert]'))).toContain('You may not see these figures.');
  });
});

describe('MyTeamsPage', () => {
  it('asks per managed team (scope TEAM) and per rep (scope REP), nothing else', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) =>
      filter.scope?.id === 'U-2'
        ? throwError(() => FORBIDDEN)
        : of([value('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', filter.scope?.type === 'TEAM' ? 1.1 : 0.7)]),
    );
    const element = await render(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    expect(kpi.filters.map((f) => f.scope)).toEqual([
      { type: 'TEAM', id: 'T-1' },
      { type: 'REP', id: 'U-1' },
      { type: 'REP', id: 'U-2' },
    ]);
    expect(kpi.filters[1].kpis).toEqual(['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'ACTIVITIES', 'WIN_RATE']);
    expect(text(element.querySelector('section[data-team=T-1] h2'))).toBe('North 1 Region North');
    expect(text(element.querySelector('tr[data-kpi=QUOTA_ATTAINMENT] td'))).toContain('110.0%');
    const ann = element.querySelector('tr[data-rep=U-1]');
    expect(text(ann?.querySelector('[data-testid=rep-behind]'))).toBe('Behind target');
    expect(text(ann?.querySelector('td[data-kpi=QUOTA_ATTAINMENT] [data-testid=rep-value]'))).toBe('70.0%');
    expect(text(ann?.querySelector('td[data-kpi=QUOTA_ATTAINMENT] sd-kpi-status button'))).toBe('No corridor');
    expect(text(element.querySelector('tr[data-rep=U-2] td'))).toBe('Figures not available to you');
  });
});

describe('CorridorsPage', () => {
  it('shows the real values by business model and explains the corridors behind their status', async () => {
    const kpi = new FakeKpiApi('CONTROLLING');
    const element = await render(CorridorsPage, kpi, new FakeAccessApi('CONTROLLING'));
    expect(kpi.filters).toEqual([{ from: '2024-06-01', to: '2025-06-01' }]);
    expect(text(element.querySelector('[data-testid=corridors-note]'))).toContain('Corridors per business model');
    expect(element.querySelectorAll('sd-kpi-matrix tbody tr')).toHaveLength(18);
    expect(text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-column=CONSUMER_LOANS] .value'))).toBe('95.0%');
    expect(element.querySelector('[data-testid=corridors-edit-link]')?.getAttribute('href')).toBe('/corridors/edit');
  });
});

describe('JourneyPage', () => {
  it('shows marketing’s 7 KPIs as journey and customer voice', async () => {
    const element = await render(JourneyPage, new FakeKpiApi('MARKETING'), new FakeAccessApi('MARKETING'));
    const sections = [...element.querySelectorAll('section[data-section]')];
    expect(sections.map((s) => [text(s.querySelector('h2')), s.querySelectorAll('sd-kpi-tile').length])).toEqual([
      ['Journey', 2],
      ['Customer voice', 5],
    ]);
  });
});

describe('CompanyPage', () => {
  it('shows KPI × business model and asks once per region with scope REGION', async () => {
    const kpi = new FakeKpiApi('MANAGEMENT', (filter) =>
      filter.scope?.id === 'R-SOUTH'
        ? throwError(() => FORBIDDEN)
        : of([value('NEW_LEADS', 'CONSUMER_LOANS', filter.scope ? 40 : 100)]),
    );
    const element = await render(CompanyPage, kpi, new FakeAccessApi('MANAGEMENT'));
    expect(kpi.filters.map((f) => f.scope ?? null)).toEqual([
      null,
      { type: 'REGION', id: 'R-NORTH' },
      { type: 'REGION', id: 'R-SOUTH' },
    ]);
    const byRegion = element.querySelector('[data-testid=company-by-region]');
    expect([...(byRegion?.querySelectorAll('thead th') ?? [])].map(text)).toEqual(['KPI', 'North', 'South']);
    const leads = byRegion?.querySelector('tr[data-kpi=NEW_LEADS]');
    expect(text(leads?.querySelector('td[data-column=R-NORTH] .value'))).toBe('40');
    expect(text(leads?.querySelector('td[data-column=R-SOUTH] .value'))).toBe('—');
    const byModel = element.querySelector('[data-testid=company-by-model] tr[data-kpi=NEW_LEADS]');
    expect(text(byModel?.querySelector('td[data-column=CONSUMER_LOANS] .value'))).toBe('100');
  });
});
