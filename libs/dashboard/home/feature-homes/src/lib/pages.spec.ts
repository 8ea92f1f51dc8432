import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AccessApi, type TeamDto } from '@salesdash/dashboard/access/data-access';
import {
  KpiApi,
  type KpiFilter,
  type KpiScopesFilter,
  type KpiValueDto,
  type TeamMedianDto,
  TeamMedianApi,
  type TeamMedianFilter,
  type TeamMedianSeriesDto,
} from '@salesdash/dashboard/kpi/data-access';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import { CsvDownload } from '@salesdash/dashboard/shared/data-access';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import type { Role } from '@salesdash/shared/domain';
import { forkJoin, map, type Observable, of, Subject, throwError } from 'rxjs';
import { CompanyPage } from './company/company-page';
import { CorridorsPage } from './corridors/corridors-page';
import { JourneyPage } from './journey/journey-page';
import { JourneyApi } from '@salesdash/dashboard/journey/feature-journey';
import { MyPerformancePage } from './my-performance/my-performance-page';
import { MyTeamsPage } from './my-teams/my-teams-page';
import { RepPage } from './rep/rep-page';
import { RepDealsApi, type RepDealsDto, type RepDealsRequest } from './rep-deals/rep-deals-api';
import { catalogueFor, MODELS, UNJUDGED, value } from './testing.fixtures';

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
  readonly scopeFilters: KpiScopesFilter[] = [];
  /** Each scope answered as `answer` answers kpiValues for it; one refusal refuses the request. */
  valuesByScope = (filter: KpiScopesFilter) => {
    this.scopeFilters.push(filter);
    const { level, ids, ...shared } = filter;
    return forkJoin(ids.map((id) => this.answer({ ...shared, scope: { type: level, id } }))).pipe(
      map((answers) => new Map(ids.map((id, index) => [id, answers[index]]))),
    );
  };
}

class FakeTeamMedianApi {
  readonly filters: TeamMedianFilter[] = [];
  constructor(private readonly answer: () => Observable<readonly TeamMedianDto[]> = () => of([])) {}
  medians = (filter: TeamMedianFilter) => {
    this.filters.push(filter);
    return this.answer();
  };
  trend = () => of(this.trendAnswer);
  trendAnswer: readonly TeamMedianSeriesDto[] = [];
}

class FakeRepDealsApi {
  readonly requests: RepDealsRequest[] = [];
  constructor(
    private readonly answer: (request: RepDealsRequest) => Observable<RepDealsDto> = (request) =>
      of({
        rep: { id: request.repId, displayName: 'Ann', teamId: 'T-1', teamName: 'North 1' },
        asOf: '2025-05-14T10:00:00.000Z',
        openDealCount: 0,
        openAmount: 0,
        openDeals: [],
        actions: [],
        modelsWithoutOnboardingLimit: [],
      }),
  ) {}
  deals = (request: RepDealsRequest) => {
    this.requests.push(request);
    return this.answer(request);
  };
}

class FakeCsvDownload {
  readonly downloads: { url: string; params: Readonly<Record<string, string | number>> }[] = [];
  download = (url: string, params: Readonly<Record<string, string | number>>) => {
    this.downloads.push({ url, params });
    return of('export.csv');
  };
}

class FakeAccessApi {
  constructor(readonly role: Role) {}
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

/** Opens a page at a URL (query parameters only), as the router would. */
async function open<T>(
  component: Type<T>,
  kpi: FakeKpiApi,
  access: FakeAccessApi,
  url = '/',
  teamMedians = new FakeTeamMedianApi(),
  { deals = new FakeRepDealsApi(), csv = new FakeCsvDownload(), path = '' } = {},
) {
  TestBed.configureTestingModule({
    providers: [
      provideChartsStub(),
      provideRouter([{ path, component }]),
      provideLocationMocks(),
      { provide: KpiApi, useValue: kpi },
      { provide: AccessApi, useValue: access },
      { provide: TeamMedianApi, useValue: teamMedians },
      { provide: RepDealsApi, useValue: deals },
      { provide: CsvDownload, useValue: csv },
      { provide: AuthService, useValue: { viewer: () => ({ id: 'U-1', role: access.role }) } },
      { provide: TODAY, useValue: () => '2025-05-14' },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, component);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  return { harness, element, router: TestBed.inject(Router), stable: () => harness.fixture.whenStable() };
}

async function render<T>(
  component: Type<T>,
  kpi: FakeKpiApi,
  access: FakeAccessApi,
  teamMedians = new FakeTeamMedianApi(),
): Promise<HTMLElement> {
  return (await open(component, kpi, access, '/', teamMedians)).element;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('MyPerformancePage', () => {
  it('asks for the rep’s default scope only and shows quota attainment as the headline', async () => {
    const kpi = new FakeKpiApi('SALES_REP');
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'));
    expect(kpi.filters).toEqual([{ from: '2025-05-01', to: '2025-06-01', withChange: true }]);
    expect(text(element.querySelector('h1'))).toBe('My performance');
    expect(text(element.querySelector('[data-testid=headline-value]'))).toBe('95.0%');
    const won = element.querySelector('tr[data-kpi=WON_VOLUME]');
    const figures = [...(won?.querySelectorAll('td:not([data-testid=kpi-status])') ?? [])].slice(1, 5);
    expect(figures.map(text)).toEqual(['€1', '', '€1', '95%']);
    expect(text(won?.querySelector('[data-testid=kpi-status] button') ?? null)).toBe('No corridor');
    expect(text(element.querySelector('[data-testid=headline] sd-kpi-status button'))).toBe('No corridor');
    expect(element.querySelector('[data-testid=why-toggle]')).not.toBeNull();
  });

  it('draws the won volume’s 12 months against the team median of each month, a withheld month a gap', async () => {
    const month = (from: string, to: string, value: number) => ({
      ...UNJUDGED,
      from,
      to,
      value,
      sampleSize: 1,
      target: null,
      status: 'NO_RANGE' as const,
      policyVersion: null,
      partial: false,
    });
    const kpi = Object.assign(new FakeKpiApi('SALES_REP'), {
      trend: () =>
        of([
          {
            kpi: 'WON_VOLUME',
            businessModel: 'CONSUMER_LOANS',
            points: [month('2025-04-01', '2025-05-01', 1000), month('2025-05-01', '2025-06-01', 3000)],
          },
        ]),
    });
    const teamMedians = new FakeTeamMedianApi();
    teamMedians.trendAnswer = [
      {
        kpi: 'WON_VOLUME',
        businessModel: 'CONSUMER_LOANS',
        points: [
          { from: '2025-04-01', to: '2025-05-01', median: 2000, colleagueCount: 4, unavailableReason: null },
          {
            from: '2025-05-01',
            to: '2025-06-01',
            median: null,
            colleagueCount: 2,
            unavailableReason: 'TOO_FEW_COLLEAGUES',
          },
        ],
      },
    ];
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'), teamMedians);
    expect(element.querySelector('[data-testid=median-trend]')?.getAttribute('aria-label')).toBe(
      'Won volume, Consumer loans: trend from €1,000 in Apr 2025 to €3,000 in May 2025. Team median: €2,000 in Apr 2025, no earlier values',
    );
    expect((element.querySelector('[data-testid=median-trend-kpi]') as HTMLSelectElement | null)?.value).toBe(
      'WON_VOLUME|CONSUMER_LOANS',
    );
  });

  it('shows the rep’s own deals that need action and their open pipeline', async () => {
    const deals = new FakeRepDealsApi();
    const { element } = await open(
      MyPerformancePage,
      new FakeKpiApi('SALES_REP'),
      new FakeAccessApi('SALES_REP'),
      '/',
      undefined,
      {
        deals,
      },
    );
    expect(deals.requests).toEqual([{ repId: 'U-1', businessModel: null }]);
    expect(text(element.querySelector('[data-testid=pipeline-summary]'))).toBe(
      '0 open deals worth €0, as of May 14, 2025, 10:00 AM UTC',
    );
  });

  it('shows the colleagues’ median beside each own value, formatted like it, or in words why it is withheld', async () => {
    const withheld = { median: null, unavailableReason: 'TOO_FEW_COLLEAGUES' as const };
    const teamMedians = new FakeTeamMedianApi(() =>
      of([
        {
          kpi: 'QUOTA_ATTAINMENT',
          businessModel: 'CONSUMER_LOANS',
          median: 0.9,
          colleagueCount: 5,
          unavailableReason: null,
        },
        {
          kpi: 'WON_VOLUME',
          businessModel: 'CONSUMER_LOANS',
          median: 1234,
          colleagueCount: 4,
          unavailableReason: null,
        },
        { kpi: 'WIN_RATE', businessModel: 'CONSUMER_LOANS', colleagueCount: 2, ...withheld },
        {
          kpi: 'NEW_LEADS',
          businessModel: 'CONSUMER_LOANS',
          median: null,
          colleagueCount: 3,
          unavailableReason: 'ALL_EQUAL' as const,
        },
      ]),
    );
    const element = await render(
      MyPerformancePage,
      new FakeKpiApi('SALES_REP'),
      new FakeAccessApi('SALES_REP'),
      teamMedians,
    );
    expect(teamMedians.filters).toEqual([{ from: '2025-05-01', to: '2025-06-01' }]);
    expect(text(element.querySelector('[data-testid=headline-median]'))).toBe('Team median: 90.0% (of 5 colleagues)');
    const cell = (kpi: string) => element.querySelector(`tr[data-kpi=${kpi}] [data-testid=team-median]`);
    expect(text(cell('WON_VOLUME'))).toBe('€1,234 (4 colleagues)');
    // Seen: a few words; read out: the whole reason (no tooltip a keyboard could not reach).
    const seen = (kpi: string) => text(cell(kpi)?.querySelector('[aria-hidden=true]'));
    const readOut = (kpi: string) => text(cell(kpi)?.querySelector('.visually-hidden'));
    expect(seen('WIN_RATE')).toBe('Too few colleagues');
    expect(readOut('WIN_RATE')).toBe(
      'Team median: not shown, fewer than 3 of your colleagues have a value in this period, so it would give their figures away',
    );
    expect(seen('NEW_LEADS')).toBe('All equal');
    expect(readOut('NEW_LEADS')).toBe(
      'Team median: not shown, all your colleagues have the same value, so it would give each one’s figure away',
    );
    expect(text(cell('AVG_DEAL_SIZE'))).toBe('');
    const note = text(element.querySelector('[data-testid=team-median-note]'));
    expect(note).toContain('your own value left out');
    expect(note).toContain('fewer than 3 colleagues');
    expect(note).toContain('all of them have the same value');
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

  it('says a refusal under load as "try again in a moment", not as a server failure', async () => {
    const busy = { code: 'TOO_BUSY' as const, message: 'busy', retryAfterSeconds: 2 };
    const kpi = new FakeKpiApi('SALES_REP', () => throwError(() => busy));
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'));
    expect(text(element.querySelector('[role=alert]'))).toContain('The server is busy right now.');
    expect(text(element.querySelector('[role=alert]'))).not.toContain('Something went wrong');
  });
});

describe('MyTeamsPage', () => {
  it('asks once for its teams (level TEAM) and once for their reps (level REP), nothing else', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) =>
      of([
        {
          ...value('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', filter.scope?.type === 'TEAM' ? 1.1 : 0.7),
          pace: filter.scope?.type === 'TEAM' ? ('ON_TRACK' as const) : ('AT_RISK' as const),
        },
      ]),
    );
    const element = await render(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    expect(kpi.filters).toEqual([]);
    expect(kpi.scopeFilters.map(({ level, ids }) => ({ level, ids }))).toEqual([
      { level: 'TEAM', ids: ['T-1'] },
      { level: 'REP', ids: ['U-1', 'U-2'] },
    ]);
    expect(kpi.scopeFilters[1].kpis).toEqual(['WON_VOLUME', 'WON_DEALS', 'QUOTA_ATTAINMENT', 'ACTIVITIES', 'WIN_RATE']);
    expect(text(element.querySelector('section[data-team=T-1] h2'))).toBe('North 1 Region North');
    expect(text(element.querySelector('tr[data-kpi=QUOTA_ATTAINMENT] td'))).toContain('110.0%');
    const ann = element.querySelector('tr[data-rep=U-1]');
    expect(text(ann?.querySelector('[data-testid=rep-pace] sd-kpi-pace'))).toBe('Pace: At risk');
    expect(text(ann?.querySelector('td[data-kpi=QUOTA_ATTAINMENT] [data-testid=rep-value]'))).toBe('70.0%');
    expect(text(ann?.querySelector('td[data-kpi=QUOTA_ATTAINMENT] sd-kpi-status button'))).toBe('No corridor');
  });

  it('sorts a team’s reps by a column header, says the order, and counts the statuses shown', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) =>
      of(
        filter.scope?.type === 'REP'
          ? [
              {
                ...value('WON_VOLUME', 'CONSUMER_LOANS', filter.scope.id === 'U-1' ? 30_000 : 52_000),
                status: 'ACCEPTABLE' as const,
              },
            ]
          : [],
      ),
    );
    const { element, stable } = await open(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    const names = () => [...element.querySelectorAll('table.reps tbody th')].map(text);
    expect(names()).toEqual(['Ann', 'Ben']);
    const header = [...element.querySelectorAll<HTMLElement>('table.reps thead th')].find((th) =>
      text(th).startsWith('Won volume'),
    );
    header?.querySelector('button')?.click();
    await stable();
    expect(names()).toEqual(['Ben', 'Ann']);
    expect(header?.getAttribute('aria-sort')).toBe('descending');
    expect(header?.querySelector('button')?.getAttribute('aria-label')).toBe('Sort by Won volume');
    header?.querySelector('button')?.click();
    await stable();
    expect(names()).toEqual(['Ann', 'Ben']);
    expect(header?.getAttribute('aria-sort')).toBe('ascending');
    expect(text(element.querySelector('[data-testid=status-distribution]'))).toContain('Acceptable 2');
  });

  // 201 rep rows, each with five KPI cells: the largest page rendered here, slow on a busy machine.
  it('asks for the reps of a very large team in requests of at most 200', async () => {
    const crowd: TeamDto = {
      ...TEAM,
      reps: Array.from({ length: 201 }, (_, index) => ({ id: `U-${index}`, displayName: `Rep ${index}` })),
    };
    const access = Object.assign(new FakeAccessApi('SALES_MANAGER'), { myTeams: () => of([crowd]) });
    const kpi = new FakeKpiApi('SALES_MANAGER');
    await render(MyTeamsPage, kpi, access);
    expect(kpi.scopeFilters.map((f) => [f.level, f.ids.length])).toEqual([
      ['TEAM', 1],
      ['REP', 200],
      ['REP', 1],
    ]);
    expect(new Set(kpi.scopeFilters.slice(1).flatMap((f) => f.ids)).size).toBe(201);
  }, 20_000);

  it('asks rep by rep when the reps are refused together, so only the refused rep shows without figures', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) =>
      filter.scope?.id === 'U-2'
        ? throwError(() => FORBIDDEN)
        : of([value('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', filter.scope?.type === 'TEAM' ? 1.1 : 0.7)]),
    );
    const element = await render(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    expect(kpi.filters.map((f) => f.scope)).toEqual([
      { type: 'REP', id: 'U-1' },
      { type: 'REP', id: 'U-2' },
    ]);
    const ann = element.querySelector('tr[data-rep=U-1]');
    expect(text(ann?.querySelector('td[data-kpi=QUOTA_ATTAINMENT] [data-testid=rep-value]'))).toBe('70.0%');
    expect(text(element.querySelector('tr[data-rep=U-2] td'))).toBe('Figures not available to you');
    expect(text(element.querySelector('tr[data-kpi=QUOTA_ATTAINMENT] td'))).toContain('110.0%');
  });
});

describe('My teams: chosen KPIs, the rep page and the export', () => {
  it('asks for the KPIs chosen for the rep tables, links each rep to their page and exports what it shows', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER');
    const csv = new FakeCsvDownload();
    const { element, stable } = await open(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'), '/', undefined, {
      csv,
    });
    expect(element.querySelector('tr[data-rep=U-1] a')?.getAttribute('href')).toBe('/reps/U-1');
    expect(text(element.querySelector('table.reps caption'))).toBe('Reps of North 1, Consumer loans, May 1 – 31, 2025');
    const newLeads = [...element.querySelectorAll<HTMLInputElement>('[data-testid=kpi-chooser] input')].find((input) =>
      text(input.parentElement).startsWith('New leads'),
    );
    newLeads?.click();
    await stable();
    expect(kpi.scopeFilters.at(-1)?.kpis).toEqual([
      'WON_VOLUME',
      'WON_DEALS',
      'QUOTA_ATTAINMENT',
      'ACTIVITIES',
      'WIN_RATE',
      'NEW_LEADS',
    ]);
    expect(element.querySelector('table.reps thead')?.textContent).toContain('New leads');
    element.querySelector<HTMLButtonElement>('[data-testid=team-export]')?.click();
    await stable();
    expect(csv.downloads).toEqual([
      {
        url: '/api/exports/team-reps',
        params: {
          teamId: 'T-1',
          from: '2025-05-01',
          to: '2025-06-01',
          kpis: 'WON_VOLUME,WON_DEALS,QUOTA_ATTAINMENT,ACTIVITIES,WIN_RATE,NEW_LEADS',
        },
      },
    ]);
    expect(text(element.querySelector('[data-testid=team-export-status]'))).toBe('Downloaded export.csv.');
  });
});

describe('RepPage', () => {
  it('asks for the rep’s and their team’s figures, names the rep and team, and shows the rep’s deals', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) =>
      of([{ ...value('WON_VOLUME', 'CONSUMER_LOANS', filter.scope?.type === 'TEAM' ? 90_000 : 20_000), reps: 3 }]),
    );
    const deals = new FakeRepDealsApi();
    const { element } = await open(RepPage, kpi, new FakeAccessApi('SALES_MANAGER'), '/reps/U-1', undefined, {
      deals,
      path: 'reps/:repId',
    });
    expect(deals.requests).toEqual([{ repId: 'U-1', businessModel: null }]);
    expect(kpi.filters.map((filter) => filter.scope)).toEqual([
      { type: 'REP', id: 'U-1' },
      { type: 'TEAM', id: 'T-1' },
    ]);
    expect(text(element.querySelector('h1'))).toBe('Ann');
    expect(text(element.querySelector('[data-testid=rep-team]'))).toBe('Team North 1');
    const won = element.querySelector('tr[data-kpi=WON_VOLUME]');
    expect(text(won?.querySelector('[data-testid=kpi-value]'))).toBe('€20,000');
    expect(text(won?.querySelector('[data-testid=kpi-team]'))).toBe('€30,000 Team per rep');
    expect(text(element.querySelector('[data-testid=deal-actions-none]'))).toBe('Nothing needs action right now.');
  });

  it('says plainly when the rep is not the caller’s to see', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', () => throwError(() => FORBIDDEN));
    const deals = new FakeRepDealsApi(() => throwError(() => FORBIDDEN));
    const { element } = await open(RepPage, kpi, new FakeAccessApi('SALES_MANAGER'), '/reps/U-9', undefined, {
      deals,
      path: 'reps/:repId',
    });
    expect(text(element.querySelector('[data-testid=home-error]'))).toContain('You may not see these figures.');
  });
});

describe('CorridorsPage', () => {
  it('shows the real values by business model and explains the corridors behind their status', async () => {
    const kpi = new FakeKpiApi('CONTROLLING');
    const element = await render(CorridorsPage, kpi, new FakeAccessApi('CONTROLLING'));
    expect(kpi.filters).toEqual([{ from: '2024-05-01', to: '2025-05-01', withChange: true }]);
    expect(text(element.querySelector('[data-testid=corridors-note]'))).toContain('Corridors per business model');
    expect(element.querySelectorAll('sd-kpi-matrix tbody tr')).toHaveLength(18);
    expect(text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-column=CONSUMER_LOANS] .value'))).toBe('95.0%');
    expect(element.querySelector('[data-testid=corridors-edit-link]')?.getAttribute('href')).toBe('/corridors/edit');
  });
});

/** The journey's funnel, moments and feedback never answer here: these tests are about the page's KPI tiles (journey/journey-page.spec.ts has the rest). */
function quietJourneyApi() {
  const never = () => new Subject<never>();
  const api = { funnel: never, heatmap: never, weakest: never, momentsThatMatter: never, feedback: never };
  return { provide: JourneyApi, useValue: api };
}

describe('JourneyPage', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [quietJourneyApi()] }));

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
  it('shows KPI × business model, and KPI × region from one request for all regions', async () => {
    const kpi = new FakeKpiApi('MANAGEMENT', (filter) =>
      of([value('NEW_LEADS', 'CONSUMER_LOANS', filter.scope?.id === 'R-NORTH' ? 40 : filter.scope ? 60 : 100)]),
    );
    const element = await render(CompanyPage, kpi, new FakeAccessApi('MANAGEMENT'));
    expect(kpi.filters.map((f) => f.scope ?? null)).toEqual([null]);
    expect(kpi.scopeFilters.map(({ level, ids }) => ({ level, ids }))).toEqual([
      { level: 'REGION', ids: ['R-NORTH', 'R-SOUTH'] },
    ]);
    const byRegion = element.querySelector('[data-testid=company-by-region]');
    expect([...(byRegion?.querySelectorAll('thead th') ?? [])].map(text)).toEqual(['KPI', 'North', 'South']);
    const leads = byRegion?.querySelector('tr[data-kpi=NEW_LEADS]');
    expect(text(leads?.querySelector('td[data-column=R-NORTH] .value'))).toBe('40');
    expect(text(leads?.querySelector('td[data-column=R-SOUTH] .value'))).toBe('60');
    const byModel = element.querySelector('[data-testid=company-by-model] tr[data-kpi=NEW_LEADS]');
    expect(text(byModel?.querySelector('td[data-column=CONSUMER_LOANS] .value'))).toBe('100');
  });

  it('shows the regions without figures when their request is refused, and the company figures still', async () => {
    const kpi = new FakeKpiApi('MANAGEMENT', (filter) =>
      filter.scope?.id === 'R-SOUTH' ? throwError(() => FORBIDDEN) : of([value('NEW_LEADS', 'CONSUMER_LOANS', 100)]),
    );
    const element = await render(CompanyPage, kpi, new FakeAccessApi('MANAGEMENT'));
    const leads = element.querySelector('[data-testid=company-by-region] tr[data-kpi=NEW_LEADS]');
    expect(text(leads?.querySelector('td[data-column=R-NORTH] .value'))).toBe('—');
    expect(text(leads?.querySelector('td[data-column=R-SOUTH] .value'))).toBe('—');
    const byModel = element.querySelector('[data-testid=company-by-model] tr[data-kpi=NEW_LEADS]');
    expect(text(byModel?.querySelector('td[data-column=CONSUMER_LOANS] .value'))).toBe('100');
  });
});

describe('period and business model of the homes', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [quietJourneyApi()] }));

  function radio(element: HTMLElement, label: string): HTMLInputElement {
    const segment = [...element.querySelectorAll('sd-period-picker label.segment')].find((l) => text(l) === label);
    return segment?.querySelector('input') as HTMLInputElement;
  }

  function chooseModel(element: HTMLElement, code: string): void {
    const select = element.querySelector('sd-model-filter select') as HTMLSelectElement;
    select.value = code;
    select.dispatchEvent(new Event('change'));
  }

  it.each<[string, Type<unknown>, Role, string, string]>([
    ['My performance', MyPerformancePage, 'SALES_REP', 'this-month', 'This month: May 1 – 31, 2025, so far to May 14'],
    ['My teams', MyTeamsPage, 'SALES_MANAGER', 'this-month', 'This month: May 1 – 31, 2025, so far to May 14'],
    ['Company', CompanyPage, 'MANAGEMENT', 'last-12-months', 'Last 12 months: May 1, 2024 – Apr 30, 2025'],
    ['Journey', JourneyPage, 'MARKETING', 'last-12-months', 'Last 12 months: May 1, 2024 – Apr 30, 2025'],
    ['Corridors', CorridorsPage, 'CONTROLLING', 'last-12-months', 'Last 12 months: May 1, 2024 – Apr 30, 2025'],
  ])('%s writes its default period into the URL and says it', async (_, page, role, preset, period) => {
    const { element, router } = await open(page, new FakeKpiApi(role), new FakeAccessApi(role));
    expect(router.url).toBe(`/?preset=${preset}`);
    expect(text(element.querySelector('[data-testid=home-subtitle]')).replace(/\s/g, ' ')).toBe(
      `${period} · All business models`,
    );
    expect(radio(element, preset === 'this-month' ? 'This month' : 'Last 12 months').checked).toBe(true);
    expect(element.querySelector('sd-model-filter select')).not.toBeNull();
  });

  it('reloads My teams for a new period and model, kept in the URL', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER');
    const { element, router, stable } = await open(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    expect(kpi.scopeFilters.map((f) => [f.level, f.from, f.to, f.businessModels])).toEqual([
      ['TEAM', '2025-05-01', '2025-06-01', undefined],
      ['REP', '2025-05-01', '2025-06-01', undefined],
    ]);
    expect(text(element.querySelector('[data-testid=rep-model-note]'))).toBe(
      'Showing Consumer loans, the first business model with data. Choose a business model above to see another.',
    );

    radio(element, 'Last 12 months').click();
    await stable();
    expect(router.url).toBe('/?preset=last-12-months');
    expect(kpi.scopeFilters.slice(2).map((f) => [f.from, f.to])).toEqual([
      ['2024-05-01', '2025-05-01'],
      ['2024-05-01', '2025-05-01'],
    ]);
    expect(text(element.querySelector('[data-testid=home-subtitle]')).replace(/\s/g, ' ')).toBe(
      'Last 12 months: May 1, 2024 – Apr 30, 2025 · All business models',
    );

    chooseModel(element, 'CONSUMER_LOANS');
    await stable();
    expect(router.url).toBe('/?preset=last-12-months&model=CONSUMER_LOANS');
    expect(kpi.scopeFilters.slice(4).map((f) => f.businessModels)).toEqual([['CONSUMER_LOANS'], ['CONSUMER_LOANS']]);
    expect(element.querySelector('[data-testid=rep-model-note]')).toBeNull();
    expect(text(element.querySelector('[data-testid=home-subtitle]'))).toContain('· Consumer loans');
  });

  it('restores the period from the URL, and falls back to the default for invalid or unknown values', async () => {
    const kpi = new FakeKpiApi('MANAGEMENT');
    const { router } = await open(
      CompanyPage,
      kpi,
      new FakeAccessApi('MANAGEMENT'),
      '/?preset=custom&from=2025-03-01&to=2025-01-01&model=NO_SUCH_MODEL',
    );
    expect(router.url).toBe('/?preset=last-12-months');
    expect(kpi.filters.every((f) => f.from === '2024-05-01' && f.businessModels === undefined)).toBe(true);

    const custom = new FakeKpiApi('MANAGEMENT');
    TestBed.resetTestingModule();
    const reopened = await open(
      CompanyPage,
      custom,
      new FakeAccessApi('MANAGEMENT'),
      '/?preset=custom&from=2025-02-01&to=2025-03-01&model=PREMIUM_FINANCING',
    );
    expect(reopened.router.url).toBe('/?preset=custom&from=2025-02-01&to=2025-03-01&model=PREMIUM_FINANCING');
    expect(custom.filters[0]).toEqual({
      from: '2025-02-01',
      to: '2025-03-01',
      businessModels: ['PREMIUM_FINANCING'],
      withChange: true,
    });
    const byRegion = reopened.element.querySelector('[data-testid=company-by-region]');
    expect(text(byRegion?.querySelector('caption'))).toBe('Every KPI by region for Premium financing');
    expect(byRegion?.querySelector('[data-testid=region-model-note]')).toBeNull();
  });

  it('follows back and forward through the periods chosen', async () => {
    const kpi = new FakeKpiApi('MARKETING');
    const { element, router, stable } = await open(JourneyPage, kpi, new FakeAccessApi('MARKETING'));
    const location = TestBed.inject(Location);
    // What the app's bootstrap does: the browser's back and forward buttons navigate the router.
    router.setUpLocationChangeListener();
    radio(element, 'This quarter').click();
    await stable();
    radio(element, 'Last month').click();
    await stable();
    expect(router.url).toBe('/?preset=last-month');

    // The router takes up a popstate in a macrotask.
    const popstate = () => new Promise((resolve) => setTimeout(resolve));
    location.back();
    await popstate();
    await stable();
    expect(router.url).toBe('/?preset=this-quarter');
    expect(radio(element, 'This quarter').checked).toBe(true);
    expect(kpi.filters.at(-1)).toEqual({ from: '2025-04-01', to: '2025-07-01', withChange: true });

    location.forward();
    await popstate();
    await stable();
    expect(radio(element, 'Last month').checked).toBe(true);
    expect(kpi.filters.at(-1)).toEqual({ from: '2025-04-01', to: '2025-05-01', withChange: true });
  });

  it('cancels the request of a period left before it answered, and keeps the last figures while loading', async () => {
    const pending = new Subject<readonly KpiValueDto[]>();
    const kpi = new FakeKpiApi('CONTROLLING', (filter) =>
      filter.from === '2025-04-01'
        ? pending
        : of([value('WIN_RATE', 'CONSUMER_LOANS', filter.from === '2024-05-01' ? 0.5 : 0.25)]),
    );
    const { element, stable } = await open(CorridorsPage, kpi, new FakeAccessApi('CONTROLLING'));
    const winRate = () => text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-column=CONSUMER_LOANS] .value'));
    expect(winRate()).toBe('50.0%');

    radio(element, 'Last month').click();
    await stable();
    expect(pending.observed).toBe(true);
    expect(winRate()).toBe('50.0%');
    expect(element.querySelector('.figures')?.getAttribute('aria-busy')).toBe('true');

    radio(element, 'This month').click();
    await stable();
    expect(pending.observed).toBe(false);
    expect(winRate()).toBe('25.0%');
    expect(element.querySelector('.figures')?.getAttribute('aria-busy')).toBe('false');
  });

  it('shows a failed load with a retry that asks again for the same period', async () => {
    let fail = true;
    const kpi = new FakeKpiApi('SALES_REP', () =>
      fail
        ? throwError(() => ({ code: 'NETWORK' as const, message: 'down' }))
        : of([value('WIN_RATE', 'CONSUMER_LOANS', 0.3)]),
    );
    const { element, stable } = await open(
      MyPerformancePage,
      kpi,
      new FakeAccessApi('SALES_REP'),
      '/?preset=last-quarter',
    );
    expect(text(element.querySelector('[data-testid=home-error] p'))).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
    fail = false;
    (element.querySelector('[data-testid=home-error] button') as HTMLButtonElement).click();
    await stable();
    expect(element.querySelector('[data-testid=home-error]')).toBeNull();
    expect(kpi.filters.map((f) => [f.from, f.to])).toEqual([
      ['2025-01-01', '2025-04-01'],
      ['2025-01-01', '2025-04-01'],
    ]);
  });
});

describe('pace, forecast and target to date of a running period', () => {
  /** This month on May 14: the won volume judged against its target to date. */
  function running(kpi: string, model: string, v: number, pace: KpiValueDto['pace']): KpiValueDto {
    return kpi === 'WON_VOLUME'
      ? {
          ...value(kpi, model, v, 390_000),
          targetToDate: 50_000,
          forecast: v * (31 / 13.5),
          pace,
          basis: 'SHARE_OF_TARGET',
          judgedValue: v / 50_000,
          status: v >= 50_000 ? 'ACCEPTABLE' : 'UNACCEPTABLE',
        }
      : { ...value(kpi, model, kpi === 'QUOTA_ATTAINMENT' ? v / 390_000 : 0.3), pace };
  }

  it('shows the rep’s headline with the won volume against the target to date, its pace and forecast', async () => {
    const kpi = new FakeKpiApi('SALES_REP', () =>
      of([
        running('QUOTA_ATTAINMENT', 'CONSUMER_LOANS', 52_000, 'ON_TRACK'),
        running('WON_VOLUME', 'CONSUMER_LOANS', 52_000, 'ON_TRACK'),
      ]),
    );
    const element = await render(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'));
    const headline = element.querySelector('[data-testid=headline]');
    expect(text(headline?.querySelector('[data-testid=headline-value]'))).toBe('13.3%');
    expect(text(headline?.querySelector('[data-testid=headline-note]'))).toBe('of the quota for the whole period');
    expect(text(headline?.querySelector('[data-testid=headline-volume] span'))).toBe('Won €52K of €50K target to date');
    expect(text(headline?.querySelector('[data-testid=headline-pace]'))).toBe('Pace: On track');
    expect(text(headline?.querySelector('[data-testid=headline-forecast]'))).toBe('Forecast €119.4K of €390K');
    const won = element.querySelector('tr[data-kpi=WON_VOLUME]');
    expect(text(won?.querySelector('[data-testid=kpi-target]'))).toBe('€50K of €390K');
    expect(text(won?.querySelector('[data-testid=kpi-pace]'))).toBe('Pace: On track');
    expect(text(won?.querySelector('[data-testid=kpi-forecast]'))).toBe('€119.4K');
    expect(text(won?.querySelector('[data-testid=kpi-status] button'))).toBe('Acceptable');
    // Nothing on the page reads "behind" for a rep on track.
    expect(text(element)).not.toMatch(/behind/i);
  });

  it('shows the target alone for a period that has not started (its target to date is still 0)', async () => {
    const future = (kpi: string) => ({
      ...running(kpi, 'CONSUMER_LOANS', 0, 'TOO_EARLY'),
      targetToDate: 0,
      forecast: null,
    });
    const kpi = new FakeKpiApi('SALES_REP', (filter) =>
      of(filter.kpis ? [] : [future('QUOTA_ATTAINMENT'), future('WON_VOLUME')]),
    );
    const { element } = await open(
      MyPerformancePage,
      kpi,
      new FakeAccessApi('SALES_REP'),
      '/?preset=custom&from=2025-06-01&to=2025-07-01',
    );
    expect(text(element.querySelector('[data-testid=headline-volume] span'))).toBe(
      'Target €390K; the period has not started yet',
    );
    expect(text(element.querySelector('[data-testid=headline-pace]'))).toBe('Pace: Too early to tell');
  });

  it('shows no forecast once the period has ended: it would be the value itself', async () => {
    const ended = (kpi: string) => ({ ...running(kpi, 'CONSUMER_LOANS', 52_000, 'BEHIND'), forecast: 52_000 });
    const kpi = new FakeKpiApi('SALES_REP', (filter) =>
      of(filter.kpis ? [] : [ended('QUOTA_ATTAINMENT'), ended('WON_VOLUME')]),
    );
    const { element } = await open(MyPerformancePage, kpi, new FakeAccessApi('SALES_REP'), '/?preset=last-month');
    expect(kpi.filters[0]).toEqual({ from: '2025-04-01', to: '2025-05-01', withChange: true });
    expect(element.querySelector('[data-testid=headline-forecast]')).toBeNull();
    expect(text(element.querySelector('tr[data-kpi=WON_VOLUME] [data-testid=kpi-forecast]'))).toBe('');
    expect(text(element.querySelector('[data-testid=headline-pace]'))).toBe('Pace: Behind');
  });

  it('shows each rep’s pace of won volume, with the target to date and forecast behind it', async () => {
    const kpi = new FakeKpiApi('SALES_MANAGER', (filter) => {
      const model = 'CONSUMER_LOANS';
      if (filter.scope?.type === 'TEAM') {
        return of([running('WON_VOLUME', model, 90_000, 'BEHIND')]);
      }
      const won = filter.scope?.id === 'U-1' ? 52_000 : 30_000;
      const pace = filter.scope?.id === 'U-1' ? ('ON_TRACK' as const) : ('AT_RISK' as const);
      return of([running('WON_VOLUME', model, won, pace), running('QUOTA_ATTAINMENT', model, won, pace)]);
    });
    const element = await render(MyTeamsPage, kpi, new FakeAccessApi('SALES_MANAGER'));
    const rep = (id: string) => element.querySelector(`tr[data-rep=${id}]`);
    expect(text(rep('U-1')?.querySelector('[data-testid=rep-pace]'))).toBe('Pace: On track');
    expect(text(rep('U-2')?.querySelector('[data-testid=rep-pace]'))).toBe('Pace: At risk');
    const won = rep('U-1')?.querySelector('td[data-kpi=WON_VOLUME]');
    expect(text(won?.querySelector('[data-testid=rep-target]'))).toBe('Target to date €50K of €390K');
    expect(text(won?.querySelector('[data-testid=rep-forecast]'))).toBe('Forecast €119.4K of €390K');
    expect(text(won?.querySelector('sd-kpi-status button'))).toBe('Acceptable');
    const team = element.querySelector('sd-kpi-matrix tr[data-kpi=WON_VOLUME] td[data-column=CONSUMER_LOANS]');
    expect(text(team?.querySelector('sd-kpi-pace'))).toBe('Pace: Behind');
    expect(text(team)).toContain('Target to date €50K of €390K');
    expect(text(element)).not.toContain('Behind target');
  });
});
