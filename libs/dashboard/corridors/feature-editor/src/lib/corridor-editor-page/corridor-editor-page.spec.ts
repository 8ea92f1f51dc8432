import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type BusinessModelDto,
  type CorridorAuditEntryDto,
  CorridorApi,
  type CorridorDto,
  KpiApi,
  type KpiDefinitionDto,
  type KpiTrendFilter,
  type PublishCorridorInput,
} from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import { type Observable, of, throwError } from 'rxjs';
import { afterPause, FakePreviewApi } from '../testing/corridor-preview.fixtures';
import { CorridorEditorPage } from './corridor-editor-page';

const CATALOGUE: KpiDefinitionDto[] = [
  {
    code: 'WIN_RATE',
    name: 'Win rate',
    unit: 'RATE',
    stage: 'WON',
    ownerRoles: [],
    description: '',
    sampleSizeOf: 'closed deals',
  },
  {
    code: 'WON_DEALS',
    name: 'Won deals',
    unit: 'COUNT',
    stage: 'WON',
    ownerRoles: [],
    description: '',
    sampleSizeOf: 'won deals',
  },
];
const MODELS: BusinessModelDto[] = [
  { code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' },
  { code: 'LEASING', name: 'Leasing', description: '' },
];

function corridor(version: number, acceptableMax: number, publishedBy = 'Carla'): CorridorDto {
  return {
    id: `P-${version}`,
    businessModel: 'CONSUMER_LOANS',
    kpi: 'WIN_RATE',
    segment: null,
    version,
    effectiveFrom: '2025-01-01',
    acceptableMin: 0.2,
    acceptableMax,
    toleratedMin: 0.1,
    toleratedMax: 0.6,
    minSampleSize: 5,
    rationale: `Reason ${version}`,
    publishedAt: '2025-05-01T09:30:00.000Z',
    publishedBy,
    description: `acceptable 20–${acceptableMax * 100} %, tolerated 10–60 %`,
  };
}

class FakeKpiApi {
  inForce: readonly CorridorDto[] = [corridor(2, 0.4)];
  versions: readonly CorridorDto[] = [corridor(2, 0.4), corridor(1, 0.5)];
  inForceCalls = 0;
  historyCalls = 0;
  trendFilters: KpiTrendFilter[] = [];
  failCatalogue = false;
  catalogue = (): Observable<readonly KpiDefinitionDto[]> =>
    this.failCatalogue ? throwError(() => ({ code: 'NETWORK', message: 'down' })) : of(CATALOGUE);
  businessModels = () => of(MODELS);
  corridorsInForce = () => {
    this.inForceCalls += 1;
    return of(this.inForce);
  };
  corridorHistory = () => {
    this.historyCalls += 1;
    return of(this.versions);
  };
  trend = (filter: KpiTrendFilter) => {
    this.trendFilters.push(filter);
    return of([
      {
        kpi: 'WIN_RATE',
        businessModel: 'CONSUMER_LOANS',
        points: [
          {
            from: '2025-04-01',
            to: '2025-05-01',
            value: 0.3,
            sampleSize: 9,
            status: 'ACCEPTABLE',
            target: null,
            policyVersion: 2,
          },
        ],
      },
    ]);
  };
}

class FakeCorridorApi extends FakePreviewApi {
  inputs: PublishCorridorInput[] = [];
  answer: () => Observable<CorridorDto> = () => of(corridor(3, 0.35, 'Me'));
  audit = (): Observable<readonly CorridorAuditEntryDto[]> =>
    of([
      {
        id: 'A-2',
        occurredAt: '2025-05-01T09:30:00.000Z',
        action: 'corridor.publish',
        actorName: 'Carla',
        reason: 'Reason 2',
        before: { ...corridor(1, 0.5) },
        after: { ...corridor(2, 0.4) },
      },
    ]);
  publish = (input: PublishCorridorInput) => {
    this.inputs.push(input);
    return this.answer();
  };
}

async function open(url: string, kpi = new FakeKpiApi(), corridors = new FakeCorridorApi()) {
  TestBed.configureTestingModule({
    providers: [
      provideChartsStub(),
      provideRouter([{ path: 'corridors/edit', component: CorridorEditorPage }]),
      { provide: KpiApi, useValue: kpi },
      { provide: CorridorApi, useValue: corridors },
      { provide: TODAY, useValue: () => '2025-05-14' },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  return { harness, element: harness.routeNativeElement as HTMLElement, kpi, corridors };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function type(element: HTMLElement, selector: string, value: string): void {
  const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) {
    throw new Error(`no ${selector}`);
  }
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

const EDIT_URL = '/corridors/edit?model=CONSUMER_LOANS&kpi=WIN_RATE';

describe('CorridorEditorPage', () => {
  it('shows the matrix: each cell the corridor in words, its version and a link to its editor', async () => {
    const { element } = await open('/corridors/edit');
    expect(text(element.querySelector('tbody .stage'))).toBe('Won');
    const cell = element.querySelector('tr[data-kpi=WIN_RATE] td[data-model=CONSUMER_LOANS]');
    expect(text(cell?.querySelector('[data-testid=cell-description]'))).toBe('acceptable 20–40 %, tolerated 10–60 %');
    expect(text(cell?.querySelector('[data-testid=cell-version]'))).toBe('Version 2');
    expect(cell?.querySelector('a')?.getAttribute('href')).toBe('/corridors/edit?model=CONSUMER_LOANS&kpi=WIN_RATE');
    const empty = element.querySelector('tr[data-kpi=WIN_RATE] td[data-model=LEASING]');
    expect(text(empty)).toContain('No corridor');
    expect(element.querySelector('[data-testid=corridor-editor]')).toBeNull();
  });

  it('says so when the matrix cannot load, and loads again on retry', async () => {
    const kpi = new FakeKpiApi();
    kpi.failCatalogue = true;
    const { element, harness } = await open('/corridors/edit', kpi);
    expect(text(element.querySelector('[data-testid=editor-error]'))).toContain('cannot be reached');
    kpi.failCatalogue = false;
    element.querySelector<HTMLButtonElement>('[data-testid=editor-error] button')?.click();
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid=corridor-matrix]')).not.toBeNull();
  });

  it('opens the editor of the cell in the URL with the latest version, percent fields and the 24-month trend', async () => {
    const { element, kpi } = await open(EDIT_URL);
    expect(text(element.querySelector('[data-testid=editor-heading]'))).toBe('Win rate · Consumer loans');
    expect(text(element.querySelector('[data-testid=editor-current-version]'))).toBe(
      'Current: version 2, in force from Jan 1, 2025',
    );
    expect(element.querySelector<HTMLInputElement>('[data-testid=field-acceptableMax]')?.value).toBe('40');
    expect(kpi.trendFilters).toEqual([
      {
        to: '2025-06-01',
        months: 24,
        businessModels: ['CONSUMER_LOANS'],
        kpis: ['WIN_RATE'],
        scope: { type: 'COMPANY' },
      },
    ]);
    expect(element.querySelector('sd-corridor-trend')).not.toBeNull();
    expect(text(element.querySelector('[data-testid=history-audit]'))).toContain('acceptable max 50 → 40 %');
    expect(text(element.querySelector('[data-testid=history-versions]'))).toContain('Version 1');
    expect(text(element.querySelector('[data-testid=editor-unknown]'))).toBe('');
  });

  it('checks live and publishes nothing while the draft is invalid', async () => {
    const { element, harness, corridors } = await open(EDIT_URL);
    type(element, '[data-testid=field-toleratedMax]', '30');
    await harness.fixture.whenStable();
    expect(text(element.querySelector('#ce-toleratedMax-error'))).toBe(
      'The tolerated band must contain the acceptable band.',
    );
    expect(element.querySelector('#ce-rationale-error')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(text(element.querySelector('#ce-rationale-error'))).toBe('Say why this corridor fits the business model.');
    expect(corridors.inputs).toEqual([]);
  });

  it('says that a future effective date schedules the change, and names a scheduled latest version so', async () => {
    const kpi = new FakeKpiApi();
    kpi.versions = [{ ...corridor(3, 0.35), effectiveFrom: '2026-01-01' }, ...kpi.versions];
    const { element, harness } = await open(EDIT_URL, kpi);
    expect(text(element.querySelector('[data-testid=editor-current-version]'))).toBe(
      'Latest: version 3, scheduled to take effect on Jan 1, 2026',
    );
    type(element, '[data-testid=field-effectiveFrom]', '2025-07-01');
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid=scheduled-note]'))).toContain('until Jul 1, 2025');
  });

  it('publishes from the version it started from and shows the new version in the editor and the matrix', async () => {
    const { element, harness, kpi, corridors } = await open(EDIT_URL);
    type(element, '[data-testid=field-acceptableMax]', '35');
    type(element, '[data-testid=field-rationale]', 'Narrower for consumer loans');
    kpi.inForce = [corridor(3, 0.35, 'Me')];
    kpi.versions = [corridor(3, 0.35, 'Me'), ...kpi.versions];
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(corridors.inputs).toEqual([
      {
        businessModel: 'CONSUMER_LOANS',
        kpi: 'WIN_RATE',
        effectiveFrom: '2025-05-14',
        acceptableMin: 0.2,
        acceptableMax: 0.35,
        toleratedMin: 0.1,
        toleratedMax: 0.6,
        minSampleSize: 5,
        rationale: 'Narrower for consumer loans',
        expectedVersion: 2,
      },
    ]);
    expect(text(element.querySelector('[data-testid=editor-outcome]'))).toBe('Published version 3.');
    expect(text(element.querySelector('[data-testid=editor-current-version]'))).toBe(
      'Current: version 3, in force from Jan 1, 2025',
    );
    expect(kpi.inForceCalls).toBe(2);
    const cell = element.querySelector('tr[data-kpi=WIN_RATE] td[data-model=CONSUMER_LOANS]');
    expect(text(cell?.querySelector('[data-testid=cell-version]'))).toBe('Version 3');
  });

  it('on CONFLICT names who changed it, reloads the current version, keeps the draft and retries from the new one', async () => {
    const { element, harness, kpi, corridors } = await open(EDIT_URL);
    const conflict: ApiError = {
      code: 'CONFLICT',
      message: 'stale',
      current: { version: 3, publishedBy: 'Dora', publishedAt: '2025-05-14T08:15:00.000Z' },
    };
    corridors.answer = () => throwError(() => conflict);
    kpi.versions = [corridor(3, 0.45, 'Dora'), ...kpi.versions];
    type(element, '[data-testid=field-acceptableMax]', '35');
    type(element, '[data-testid=field-rationale]', 'Narrower');
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(text(element.querySelector('[data-testid=editor-outcome]'))).toContain(
      'Changed by Dora at May 14, 2025, 8:15 AM UTC (version 3) — review and retry',
    );
    expect(kpi.historyCalls).toBe(2);
    expect(text(element.querySelector('[data-testid=editor-current-version]'))).toContain('version 3');
    expect(element.querySelector<HTMLInputElement>('[data-testid=field-acceptableMax]')?.value).toBe('35');
    expect(element.querySelector<HTMLTextAreaElement>('[data-testid=field-rationale]')?.value).toBe('Narrower');
    corridors.answer = () => of(corridor(4, 0.35, 'Me'));
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(corridors.inputs.map((input) => input.expectedVersion)).toEqual([2, 3]);
  });

  it('shows the API’s field errors at their fields', async () => {
    const { element, harness, corridors } = await open(EDIT_URL);
    corridors.answer = () =>
      throwError(() => ({
        code: 'BAD_USER_INPUT',
        message: 'input.effectiveFrom: must be a date YYYY-MM-DD',
        field: 'input.effectiveFrom',
      }));
    type(element, '[data-testid=field-rationale]', 'Why not');
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(text(element.querySelector('#ce-effectiveFrom-error'))).toBe('must be a date YYYY-MM-DD');
    expect(element.querySelector('[data-testid=editor-outcome]')).toBeNull();
  });

  it('previews the draft as typed and fills the bands from a suggestion, which the chart and preview then judge', async () => {
    const { element, harness, corridors } = await open(EDIT_URL);
    await afterPause();
    await harness.fixture.whenStable();
    expect(corridors.drafts).toEqual([
      {
        businessModel: 'CONSUMER_LOANS',
        kpi: 'WIN_RATE',
        acceptableMin: 0.2,
        acceptableMax: 0.4,
        toleratedMin: 0.1,
        toleratedMax: 0.6,
        minSampleSize: 5,
      },
    ]);
    expect(text(element.querySelector('[data-testid=impact-summary]'))).toContain('1 of 24 team months');

    type(element, '[data-testid=field-toleratedMax]', '30');
    await afterPause();
    await harness.fixture.whenStable();
    expect(element.querySelector('[data-testid=impact-invalid]')).not.toBeNull();
    expect(corridors.drafts).toHaveLength(1);

    element.querySelector<HTMLButtonElement>('[data-testid=suggest]')?.click();
    await harness.fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid=suggestion-use]')?.click();
    await harness.fixture.whenStable();
    const field = (name: string) => element.querySelector<HTMLInputElement>(`[data-testid=field-${name}]`)?.value;
    expect([field('acceptableMin'), field('acceptableMax'), field('toleratedMin'), field('toleratedMax')]).toEqual([
      '15.2',
      '22.1',
      '12',
      '25',
    ]);
    expect(element.querySelector('#ce-toleratedMax-error')).toBeNull();
    expect(element.querySelector<HTMLTextAreaElement>('[data-testid=field-rationale]')?.value).toBe('');
    await afterPause();
    await harness.fixture.whenStable();
    expect(corridors.drafts.at(-1)).toMatchObject({ acceptableMin: 0.152, toleratedMax: 0.25, minSampleSize: 5 });
  });

  it('shows a bound issue the typed bound causes at another bound before any publish attempt', async () => {
    const { element, harness } = await open(EDIT_URL);
    type(element, '[data-testid=field-acceptableMin]', '5');
    await harness.fixture.whenStable();
    expect(text(element.querySelector('#ce-toleratedMin-error'))).toBe(
      'The tolerated band must contain the acceptable band.',
    );
    expect(element.querySelector('#ce-rationale-error')).toBeNull();
  });

  it('warns that one corridor of a count or sum judges every scope and period alike', async () => {
    const { element } = await open('/corridors/edit?model=CONSUMER_LOANS&kpi=WON_DEALS');
    expect(text(element.querySelector('[data-testid=adds-up-note]'))).toContain(
      'Won deals adds up over scope and period',
    );
    TestBed.resetTestingModule();
    const rate = await open(EDIT_URL);
    expect(rate.element.querySelector('[data-testid=adds-up-note]')).toBeNull();
  });

  it('says so for a KPI or business model that does not exist', async () => {
    const { element } = await open('/corridors/edit?model=NOPE&kpi=WIN_RATE');
    expect(text(element.querySelector('[data-testid=editor-unknown]'))).toContain('does not exist');
  });
});
