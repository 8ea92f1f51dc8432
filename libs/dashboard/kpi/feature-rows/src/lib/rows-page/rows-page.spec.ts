import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { KpiApi, type KpiScopesFilter } from '@salesdash/dashboard/kpi/data-access';
import { CsvDownload } from '@salesdash/dashboard/shared/data-access';
import { KPI_CATALOGUE } from '@salesdash/shared/domain';
import { type Observable, of, throwError } from 'rxjs';
import { type KpiRowsDto, KpiRowsApi, type KpiRowsFilter, type ScopeInput } from '../data-access/kpi-rows-api';
import { RowsPage } from './rows-page';

const WIN_RATE = KPI_CATALOGUE.get('WIN_RATE');

function rowsAnswer(filter: KpiRowsFilter): KpiRowsDto {
  const offset = filter.offset ?? 0;
  return {
    kpi: 'WIN_RATE',
    businessModel: 'CONSUMER_LOANS',
    from: '2026-11-01',
    to: '2026-12-01',
    asOf: '2026-12-05T00:00:00.000Z',
    scopeType: 'TEAM',
    scopeId: 'T-1',
    kind: 'STAGE_EVENT',
    measure: null,
    total: 60,
    outcomes: [
      { outcome: 'LOST', rows: 45 },
      { outcome: 'WON', rows: 15 },
    ],
    amountsHidden: false,
    offset,
    limit: 50,
    rows: Array.from({ length: offset === 0 ? 50 : 10 }, (_, index) => ({
      rowId: `E-${offset + index}`,
      dealId: `D-${offset + index}`,
      customerId: 'C-1',
      repId: 'U-1',
      repName: 'Ann',
      teamName: 'North 1',
      at: '2026-11-20T10:00:00.000Z',
      stage: index % 4 === 0 ? 'WON' : 'LOST',
      touchpoint: 'WEB',
      amount: 1000 + index,
      measure: null,
      startedAt: null,
      outcome: index % 4 === 0 ? 'WON' : 'LOST',
      outcomeAt: null,
      comment: null,
    })),
  };
}

class FakeRowsApi {
  readonly filters: KpiRowsFilter[] = [];
  readonly scopes: (ScopeInput | null)[] = [];
  constructor(private readonly fail = false) {}
  rows = (filter: KpiRowsFilter): Observable<KpiRowsDto> => {
    this.filters.push(filter);
    return this.fail
      ? throwError(() => ({ code: 'FORBIDDEN', message: 'A sales manager sees only their teams' }))
      : of(rowsAnswer(filter));
  };
  navigation = (scope: ScopeInput | null) => {
    this.scopes.push(scope);
    return of({
      path: [{ type: 'TEAM' as const, id: 'T-1', name: 'North 1' }],
      children: [
        { type: 'REP' as const, id: 'U-1', name: 'Ann' },
        { type: 'REP' as const, id: 'U-2', name: 'Ben' },
      ],
    });
  };
}

class FakeKpiApi {
  readonly byScope: KpiScopesFilter[] = [];
  catalogue = () => of([{ ...WIN_RATE, ownerRoles: [], directionReason: null, allowedBases: ['VALUE'] }]);
  businessModels = () => of([{ code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' }]);
  corridorsInForce = () => of([]);
  values = () => of([figure('T-1', 0.25, 60)]);
  valuesByScope = (filter: KpiScopesFilter) => {
    this.byScope.push(filter);
    return of(
      new Map([
        ['U-1', [figure('U-1', 0.5, 10)]],
        ['U-2', [figure('U-2', 0.1, 50)]],
      ]),
    );
  };
}

function figure(scope: string, value: number, sampleSize: number) {
  return {
    kpi: 'WIN_RATE',
    businessModel: 'CONSUMER_LOANS',
    value,
    sampleSize,
    status: 'NO_RANGE' as const,
    target: null,
    policyVersion: null,
    basis: null,
    judgedValue: null,
    targetToDate: null,
    forecast: null,
    pace: null,
    reps: 1,
    months: 1,
    change: null,
    scope,
  };
}

const URL = '/rows/WIN_RATE?model=CONSUMER_LOANS&from=2026-11-01&to=2026-12-01&scope=TEAM:T-1';

async function open(url: string, rows = new FakeRowsApi(), kpi = new FakeKpiApi()) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'rows/:kpi', component: RowsPage }]),
      provideLocationMocks(),
      { provide: KpiRowsApi, useValue: rows },
      { provide: KpiApi, useValue: kpi },
      { provide: CsvDownload, useValue: { download: () => of('x.csv') } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, RowsPage);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement, rows, kpi, router: TestBed.inject(Router) };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('RowsPage', () => {
  it('shows the number, its definition, how its rows split, and the first page of exactly those rows', async () => {
    const { element, rows } = await open(URL);
    expect(rows.filters[0]).toEqual({
      kpi: 'WIN_RATE',
      businessModel: 'CONSUMER_LOANS',
      from: '2026-11-01',
      to: '2026-12-01',
      scope: { type: 'TEAM', id: 'T-1' },
      offset: 0,
      limit: 50,
      orderBy: 'AT',
      descending: true,
    });
    expect(text(element.querySelector('h1'))).toBe('Win rate: what the number counts');
    expect(text(element.querySelector('[data-testid=rows-definition]'))).toBe(WIN_RATE?.description);
    expect(text(element.querySelector('[data-testid=rows-value]'))).toBe('25.0%');
    expect(text(element.querySelector('[data-testid=rows-count]'))).toBe('60 WON and LOST events in the period');
    expect(text(element.querySelector('[data-testid=rows-split]'))).toBe('15 won · 45 lost');
    expect(element.querySelectorAll('[data-testid=rows-table] tbody tr')).toHaveLength(50);
    expect(text(element.querySelector('[data-testid=rows-range]'))).toBe('Rows 1–50 of 60');
    expect(element.querySelector('[data-testid=rows-table] tbody th a')?.getAttribute('href')).toBe('/deals/D-0');
  });

  it('leads up the scope’s path and down to each person with their figure', async () => {
    const { element, kpi } = await open(URL);
    expect(kpi.byScope[0]).toMatchObject({ level: 'REP', ids: ['U-1', 'U-2'], kpis: ['WIN_RATE'] });
    const below = [...element.querySelectorAll('[data-testid=rows-below] tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(below).toEqual([
      ['Ann', '50.0%', '10'],
      ['Ben', '10.0%', '50'],
    ]);
    expect(element.querySelector('[data-testid=rows-below] tbody a')?.getAttribute('href')).toContain('scope=REP:U-1');
    expect(text(element.querySelector('nav.crumbs [aria-current=page]'))).toBe('North 1');
  });

  it('pages and sorts on the server, through the URL', async () => {
    const { element, harness, rows, router } = await open(URL);
    const next = element.querySelector<HTMLAnchorElement>('a[rel=next]');
    expect(next?.getAttribute('href')).toContain('page=2');
    next?.click();
    await harness.fixture.whenStable();
    expect(rows.filters.at(-1)).toMatchObject({ offset: 50, limit: 50 });
    expect(element.querySelectorAll('[data-testid=rows-table] tbody tr')).toHaveLength(10);
    const amount = [...element.querySelectorAll<HTMLButtonElement>('thead button.sort')].find((button) =>
      text(button).startsWith('Amount'),
    );
    amount?.click();
    await harness.fixture.whenStable();
    expect(router.url).toContain('order=AMOUNT');
    expect(rows.filters.at(-1)).toMatchObject({ offset: 0, orderBy: 'AMOUNT', descending: true });
    expect(element.querySelector('th[aria-sort=descending]')).not.toBeNull();
  });

  it('says plainly when the rows may not be seen, and when the link names no number', async () => {
    const refused = await open(URL, new FakeRowsApi(true));
    expect(text(refused.element.querySelector('[data-testid=rows-error]'))).toContain(
      'A sales manager sees only their teams',
    );
    TestBed.resetTestingModule();
    const broken = await open('/rows/WIN_RATE?model=CONSUMER_LOANS&from=2026-12-01&to=2026-11-01');
    expect(text(broken.element.querySelector('[role=alert]'))).toContain('This link does not name a number');
    expect(broken.rows.filters).toEqual([]);
  });
});
