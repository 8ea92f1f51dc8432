import { LiveAnnouncer } from '@angular/cdk/a11y';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type CorridorDto,
  KpiApi,
  type BusinessModelDto,
  type KpiDefinitionDto,
  type KpiFilter,
  type KpiSeriesDto,
  type KpiTrendFilter,
  type KpiValueDto,
} from '@salesdash/dashboard/kpi/data-access';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import { KPI_STAGE_ORDER } from '@salesdash/shared/domain';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { CATALOGUE, MODELS, trendFor, valuesFor } from '../testing.fixtures';
import { TODAY } from '../today';
import { OverviewPage } from './overview-page';

/** The data-access service, mocked: answers from fixtures, or from a test's own stream. */
class FakeKpiApi {
  readonly valueFilters: KpiFilter[] = [];
  readonly trendFilters: KpiTrendFilter[] = [];
  nextValues: (() => Observable<readonly KpiValueDto[]>) | null = null;
  sampleSize = 40;

  catalogue(): Observable<readonly KpiDefinitionDto[]> {
    return of(CATALOGUE);
  }
  businessModels(): Observable<readonly BusinessModelDto[]> {
    return of(MODELS);
  }
  values(filter: KpiFilter): Observable<readonly KpiValueDto[]> {
    this.valueFilters.push(filter);
    if (this.nextValues) {
      const next = this.nextValues;
      this.nextValues = null;
      return next();
    }
    return of(valuesFor(filter.businessModels ?? MODELS.map((m) => m.code), this.sampleSize));
  }
  corridorsInForce(): Observable<readonly CorridorDto[]> {
    return of([]);
  }
  trend(filter: KpiTrendFilter): Observable<readonly KpiSeriesDto[]> {
    this.trendFilters.push(filter);
    return of(trendFor(filter.businessModels ?? MODELS.map((m) => m.code), filter.to));
  }
}

async function open(url: string) {
  const api = new FakeKpiApi();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '', component: OverviewPage }]),
      provideChartsStub(),
      { provide: KpiApi, useValue: api },
      { provide: TODAY, useValue: () => '2025-05-14' },
    ],
  });
  const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
  /** What the live announcer was given, spaces as in the page's texts. */
  const announced = () => announce.mock.calls.map(([message]) => String(message).replace(/\s+/g, ' '));
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, OverviewPage);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  return { api, harness, element, stable, announce, announced, router: TestBed.inject(Router) };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('OverviewPage', () => {
  it('shows 18 tiles grouped by journey stage, in stage order', async () => {
    const { element, announce, announced } = await open('/');
    const sections = [...element.querySelectorAll('section.stage-group')];
    expect(sections.map((s) => s.getAttribute('data-stage'))).toEqual([...KPI_STAGE_ORDER]);
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'Suspect',
      'Prospect',
      'Opportunity',
      'Won',
      'Onboarded',
      'Paid out',
      'Customer voice & activity',
    ]);
    const tiles = [...element.querySelectorAll('sd-kpi-tile')];
    expect(tiles).toHaveLength(18);
    expect(tiles.map((t) => t.querySelector('article')?.getAttribute('data-kpi'))).toEqual([
      'NEW_LEADS',
      'LEAD_CONVERSION_RATE',
      'WIN_RATE',
      'PIPELINE_VALUE',
      'WON_DEALS',
      'WON_VOLUME',
      'AVG_DEAL_SIZE',
      'SALES_CYCLE_DAYS',
      'QUOTA_ATTAINMENT',
      'ONBOARDING_DAYS',
      'PAYOUT_FIRST_TIME_RIGHT',
      'DEFAULT_RATE',
      'CSAT',
      'NPS',
      'NEGATIVE_MOMENT_RATE',
      'RECOVERY_RATE',
      'FIRST_RESPONSE_HOURS',
      'ACTIVITIES',
    ]);
    // Two business models → two rows per tile, with sparklines once the trend is there.
    expect(tiles[0].querySelectorAll('li.row')).toHaveLength(2);
    expect(tiles[0].querySelectorAll('sd-sparkline')).toHaveLength(2);
    // Said once the tiles are there, by the CDK's live announcer (no live region of the page's own).
    expect(announced()).toEqual(['18 KPIs for May 1, 2024 – Apr 30, 2025, all business models.']);
    expect(element.querySelector('[role=status]')).toBeNull();
    await announce.mock.results[0].value;
    expect(text(document.querySelector('.cdk-live-announcer-element[aria-live=polite]'))).toBe(
      '18 KPIs for May 1, 2024 – Apr 30, 2025, all business models.',
    );
  });

  it('announces an update, then the KPIs of the business model chosen, and an error only as its alert', async () => {
    const { api, element, stable, harness, announce, announced } = await open('/?preset=this-quarter');
    expect(announced()).toEqual(['18 KPIs for Apr 1 – Jun 30, 2025, so far to May 14, all business models.']);
    announce.mockClear();
    const pending = new Subject<readonly KpiValueDto[]>();
    api.nextValues = () => pending;
    await harness.navigateByUrl('/?preset=this-quarter&model=CONSUMER_LOANS');
    await stable();
    expect(announced()).toEqual(['Updating…']);
    pending.next(valuesFor(['CONSUMER_LOANS']));
    pending.complete();
    await stable();
    expect(announced()).toEqual(['Updating…', '18 KPIs for Apr 1 – Jun 30, 2025, so far to May 14, Consumer loans.']);

    announce.mockClear();
    api.nextValues = () => throwError(() => ({ code: 'NETWORK', message: 'Failed to fetch' }));
    await harness.navigateByUrl('/?preset=this-month');
    await stable();
    expect(element.querySelector('[data-testid=overview-error]')?.getAttribute('role')).toBe('alert');
    expect(announced()).toEqual([]);
  });

  it('asks for the default period (the last 12 complete months) and its 12-month trend, and names it in the URL', async () => {
    const { api, element, router } = await open('/');
    expect(api.valueFilters).toEqual([
      { from: '2024-05-01', to: '2025-05-01', businessModels: null, withChange: true },
    ]);
    expect(api.trendFilters).toEqual([{ to: '2025-05-01', months: 12, businessModels: null }]);
    expect(text(element.querySelector('[data-testid=overview-subtitle]')).replace(/\s/g, ' ')).toBe(
      'Last 12 months: May 1, 2024 – Apr 30, 2025 · All business models',
    );
    expect(router.url).toBe('/?preset=last-12-months');
  });

  it('says how far a running period has got, and asks for its trend up to the running month', async () => {
    const { api, element } = await open('/?preset=this-quarter');
    expect(api.valueFilters.at(-1)).toEqual({
      from: '2025-04-01',
      to: '2025-07-01',
      businessModels: null,
      withChange: true,
    });
    expect(api.trendFilters.at(-1)).toEqual({ to: '2025-07-01', months: 12, businessModels: null });
    expect(text(element.querySelector('[data-testid=overview-subtitle]')).replace(/\s/g, ' ')).toBe(
      'This quarter: Apr 1 – Jun 30, 2025, so far to May 14 · All business models',
    );
    expect(text(element.querySelector('[data-testid=period-progress]'))).toBe(
      'So far: 44 of 91 days — judged on what has elapsed.',
    );
  });

  it('replaces an invalid period in the URL by the default', async () => {
    const { api, router } = await open('/?preset=custom&from=2025-04-01&to=2025-01-01&model=CONSUMER_LOANS');
    expect(router.url).toBe('/?preset=last-12-months&model=CONSUMER_LOANS');
    expect(api.valueFilters).toEqual([
      { from: '2024-05-01', to: '2025-05-01', businessModels: ['CONSUMER_LOANS'], withChange: true },
    ]);
  });

  it('takes period and model from the URL (a reload or a shared link keeps the view)', async () => {
    const { api, element } = await open('/?preset=custom&from=2025-01-01&to=2025-04-01&model=CONSUMER_LOANS');
    expect(api.valueFilters.at(-1)).toEqual({
      from: '2025-01-01',
      to: '2025-04-01',
      businessModels: ['CONSUMER_LOANS'],
      withChange: true,
    });
    expect((element.querySelector('select') as HTMLSelectElement).value).toBe('CONSUMER_LOANS');
    const custom = [...element.querySelectorAll('label.segment')].find((l) => text(l) === 'Custom');
    expect(custom?.querySelector('input')?.checked).toBe(true);
    expect(element.querySelectorAll('sd-kpi-tile li.row')).toHaveLength(18);
  });

  it('writes a new period and model into the URL and loads them', async () => {
    const { api, element, stable, router } = await open('/');
    const quarter = [...element.querySelectorAll('label.segment')].find((l) => text(l) === 'This quarter');
    (quarter?.querySelector('input') as HTMLInputElement).click();
    await stable();
    expect(router.url).toBe('/?preset=this-quarter');
    expect(api.valueFilters.at(-1)).toMatchObject({ from: '2025-04-01', to: '2025-07-01' });

    const select = element.querySelector('select') as HTMLSelectElement;
    select.value = 'PREMIUM_FINANCING';
    select.dispatchEvent(new Event('change'));
    await stable();
    expect(router.url).toBe('/?preset=this-quarter&model=PREMIUM_FINANCING');
    expect(api.valueFilters.at(-1)).toEqual({
      from: '2025-04-01',
      to: '2025-07-01',
      businessModels: ['PREMIUM_FINANCING'],
      withChange: true,
    });
  });

  it('shows skeletons while loading for the first time', async () => {
    const api = new FakeKpiApi();
    const pending = new Subject<readonly KpiValueDto[]>();
    api.nextValues = () => pending;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: OverviewPage }]),
        provideChartsStub(),
        { provide: KpiApi, useValue: api },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/', OverviewPage);
    harness.fixture.detectChanges();
    const element = harness.routeNativeElement as HTMLElement;
    expect(element.querySelector('[data-testid=overview-loading]')).not.toBeNull();
    expect(text(element.querySelector('[role=status]'))).toBe('Loading KPIs…');
    pending.next(valuesFor(['CONSUMER_LOANS']));
    pending.complete();
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid=overview-loading]')).toBeNull();
    expect(element.querySelectorAll('sd-kpi-tile')).toHaveLength(18);
  });

  it('says when the period has no data and offers a longer one', async () => {
    const api = new FakeKpiApi();
    api.sampleSize = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: OverviewPage }]),
        provideChartsStub(),
        { provide: KpiApi, useValue: api },
        { provide: TODAY, useValue: () => '2025-05-14' },
      ],
    });
    const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/?preset=last-month', OverviewPage);
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    const empty = element.querySelector('[data-testid=overview-empty]');
    expect(text(empty?.querySelector('h2'))).toBe('No data in this period');
    expect(text(empty?.querySelector('p')).replace(/\s/g, ' ')).toBe(
      'There is no data for Apr 1 – 30, 2025. Try a longer period.',
    );
    expect(announce.mock.calls.map(([message]) => String(message).replace(/\s/g, ' '))).toEqual([
      'There is no data for Apr 1 – 30, 2025. Try a longer period.',
    ]);
    expect(element.querySelectorAll('sd-kpi-tile')).toHaveLength(0);
    api.sampleSize = 40;
    (empty?.querySelector('button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?preset=last-12-months');
    expect(element.querySelectorAll('sd-kpi-tile')).toHaveLength(18);
  });

  it('shows an error with a retry that loads again', async () => {
    const { api, element, stable, harness } = await open('/');
    const failure: ApiError = { code: 'NETWORK', message: 'Failed to fetch' };
    api.nextValues = () => throwError(() => failure);
    await harness.navigateByUrl('/?preset=this-month');
    await stable();
    const error = element.querySelector('[data-testid=overview-error]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(text(error?.querySelector('p'))).toBe('The server cannot be reached. Check your connection and try again.');
    (error?.querySelector('button') as HTMLButtonElement).click();
    await stable();
    expect(element.querySelector('[data-testid=overview-error]')).toBeNull();
    expect(element.querySelectorAll('sd-kpi-tile')).toHaveLength(18);
  });

  it('shows a BAD_USER_INPUT about the period next to the period picker', async () => {
    const { api, element, stable, harness } = await open('/');
    api.nextValues = () =>
      throwError(() => ({ code: 'BAD_USER_INPUT', message: 'The period is too long', field: 'filter.to' }));
    await harness.navigateByUrl('/?preset=year-to-date');
    await stable();
    expect(text(element.querySelector('sd-period-picker [role=alert]'))).toBe('The period is too long');
    expect(text(element.querySelector('[data-testid=overview-error] p'))).toBe(
      'The API did not accept this choice: see the message above.',
    );
  });
});
