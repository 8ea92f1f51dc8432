import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type BusinessModelDto,
  type CorridorAuditEntryDto,
  CorridorApi,
  type CorridorDto,
  type CorridorSnapshotDto,
  type CorridorTrendPointDto,
  KpiApi,
  type KpiDefinitionDto,
  type KpiTrendFilter,
  type PublishCorridorInput,
} from '@salesdash/dashboard/kpi/data-access';
import { TODAY } from '@salesdash/dashboard/kpi/feature-overview';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import { allowedBases, type KpiCode, kpiDefinition } from '@salesdash/shared/domain';
import { type Observable, of, throwError } from 'rxjs';
import { afterPause, FakePreviewApi, SUGGESTION } from '../testing/corridor-preview.fixtures';
import { CorridorEditorPage } from './corridor-editor-page';

function definition(code: KpiCode, name: string, sampleSizeOf: string): KpiDefinitionDto {
  const { unit, stage, direction, directionReason } = kpiDefinition(code);
  return {
    code,
    name,
    unit,
    stage,
    ownerRoles: [],
    description: '',
    sampleSizeOf,
    direction,
    directionReason: directionReason ?? null,
    allowedBases: allowedBases(code),
  };
}

const CATALOGUE: KpiDefinitionDto[] = [
  definition('WIN_RATE', 'Win rate', 'closed deals'),
  definition('WON_DEALS', 'Won deals', 'won deals'),
  definition('NEW_LEADS', 'New leads', 'new deals'),
  definition('PIPELINE_VALUE', 'Pipeline value', 'open deals'),
];
const MODELS: BusinessModelDto[] = [
  { code: 'CONSUMER_LOANS', name: 'Consumer loans', description: '' },
  { code: 'LEASING', name: 'Leasing', description: '' },
];

/** A version as both the history and the audit read it. */
type Version = CorridorDto & CorridorSnapshotDto;

function corridor(version: number, acceptableMax: number, publishedBy = 'Carla'): Version {
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
    basis: 'VALUE',
    publishedAt: '2025-05-01T09:30:00.000Z',
    publishedBy,
    description: `acceptable 20–${acceptableMax * 100} %, tolerated 10–60 %`,
  };
}

/** New leads of consumer loans, version 4: 22 a month per seller acceptable, 18 tolerated. */
function leadsCorridor(): Version {
  return {
    ...corridor(4, 0.4),
    id: 'L-4',
    kpi: 'NEW_LEADS',
    acceptableMin: 22,
    acceptableMax: null,
    toleratedMin: 18,
    toleratedMax: null,
    minSampleSize: 1,
    basis: 'PER_REP_MONTH',
    description: 'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
  };
}

function trendPoint(from: string, to: string, value: number, more: Partial<CorridorTrendPointDto> = {}) {
  return { from, to, value, sampleSize: 9, targetToDate: null, reps: 1, months: 1, ...more };
}

class FakeKpiApi {
  inForce: readonly CorridorDto[] = [corridor(2, 0.4)];
  versions: readonly CorridorDto[] = [corridor(2, 0.4), corridor(1, 0.5)];
  inForceCalls = 0;
  historyCalls = 0;
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
}

class FakeCorridorApi extends FakePreviewApi {
  inputs: PublishCorridorInput[] = [];
  auditEntries: readonly CorridorAuditEntryDto[] = [
    {
      id: 'A-2',
      occurredAt: '2025-05-01T09:30:00.000Z',
      action: 'corridor.publish',
      actorName: 'Carla',
      reason: 'Reason 2',
      before: { ...corridor(1, 0.5) },
      after: { ...corridor(2, 0.4) },
    },
  ];
  trendFilters: KpiTrendFilter[] = [];
  points: readonly CorridorTrendPointDto[] = [trendPoint('2025-04-01', '2025-05-01', 0.3)];
  trend = (filter: KpiTrendFilter) => {
    this.trendFilters.push(filter);
    return of(this.points);
  };
  answer: () => Observable<CorridorDto> = () => of(corridor(3, 0.35, 'Me'));
  audit = (): Observable<readonly CorridorAuditEntryDto[]> => of(this.auditEntries);
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
const LEADS_URL = '/corridors/edit?model=CONSUMER_LOANS&kpi=NEW_LEADS';

/** New leads of consumer loans on 14 May 2025: 20 reps, a target of 400 a month, 13 days of May elapsed. */
async function openLeads() {
  const kpi = new FakeKpiApi();
  kpi.inForce = [corridor(2, 0.4), leadsCorridor()];
  kpi.versions = [leadsCorridor()];
  const corridors = new FakeCorridorApi();
  corridors.auditEntries = [];
  const elapsed = 13 / 31;
  corridors.points = [
    trendPoint('2025-03-01', '2025-04-01', 460, { reps: 20, targetToDate: 400 }),
    trendPoint('2025-04-01', '2025-05-01', 380, { reps: 20, targetToDate: 400 }),
    trendPoint('2025-05-01', '2025-06-01', 200, { reps: 20, months: elapsed, targetToDate: 400 * elapsed }),
  ];
  return open(LEADS_URL, kpi, corridors);
}

function choose(element: HTMLElement, basis: string): void {
  const radio = element.querySelector<HTMLInputElement>(`[data-testid=basis-${basis}]`);
  if (!radio) {
    throw new Error(`no basis ${basis}`);
  }
  radio.checked = true;
  radio.dispatchEvent(new Event('change'));
}

function bounds(element: HTMLElement): (string | undefined)[] {
  return ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'].map(
    (name) => element.querySelector<HTMLInputElement>(`[data-testid=field-${name}]`)?.value,
  );
}

describe('CorridorEditorPage', () => {
  it('shows the matrix: each cell the corridor in words, its version and a link to its editor', async () => {
    const { element } = await open('/corridors/edit');
    expect([...element.querySelectorAll('tbody .stage')].map((row) => text(row))).toEqual([
      'Suspect',
      'Opportunity',
      'Won',
    ]);
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
    const { element, corridors } = await open(EDIT_URL);
    expect(text(element.querySelector('[data-testid=editor-heading]'))).toBe('Win rate · Consumer loans');
    expect(text(element.querySelector('[data-testid=editor-current-version]'))).toBe(
      'Current: version 2, in force from Jan 1, 2025',
    );
    // The section's hidden heading says the same, its placeholders filled.
    expect(text(element.querySelector('#current-title'))).toBe('Current: version 2, in force from Jan 1, 2025');
    expect(element.querySelector<HTMLInputElement>('[data-testid=field-acceptableMax]')?.value).toBe('40');
    expect(corridors.trendFilters).toEqual([
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
        basis: 'VALUE',
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
        basis: 'VALUE',
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
    // Win rate: higher is better, so the suggestion sets the lower bounds and leaves the upper side open.
    expect([field('acceptableMin'), field('acceptableMax'), field('toleratedMin'), field('toleratedMax')]).toEqual([
      '15.2',
      '',
      '12',
      '',
    ]);
    expect(element.querySelector('#ce-toleratedMax-error')).toBeNull();
    expect(element.querySelector<HTMLTextAreaElement>('[data-testid=field-rationale]')?.value).toBe('');
    await afterPause();
    await harness.fixture.whenStable();
    expect(corridors.drafts.at(-1)).toMatchObject({
      acceptableMin: 0.152,
      acceptableMax: null,
      toleratedMax: null,
      minSampleSize: 5,
    });
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

  it('warns that a count or sum judged on its value judges every scope and period alike', async () => {
    const { element } = await open('/corridors/edit?model=CONSUMER_LOANS&kpi=WON_DEALS');
    expect(text(element.querySelector('[data-testid=adds-up-note]'))).toContain(
      'Won deals adds up over scope and period',
    );
    expect(text(element.querySelector('[data-testid=adds-up-note]'))).toContain(
      'Judge it per rep and month or as a share of the target to date to fit every scope.',
    );
    TestBed.resetTestingModule();
    const rate = await open(EDIT_URL);
    expect(rate.element.querySelector('[data-testid=adds-up-note]')).toBeNull();
  });

  it('says so for a KPI or business model that does not exist', async () => {
    const { element } = await open('/corridors/edit?model=NOPE&kpi=WIN_RATE');
    expect(text(element.querySelector('[data-testid=editor-unknown]'))).toContain('does not exist');
  });

  describe('basis', () => {
    it('offers the bases the KPI allows, each explained, starting from the current version’s', async () => {
      const { element } = await openLeads();
      const choice = element.querySelector('fieldset[data-testid=basis-choice]');
      expect(text(choice?.querySelector('legend'))).toBe('What the bands judge');
      const options = [...(choice?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
      expect(options.map((radio) => [radio.value, radio.checked, radio.name])).toEqual([
        ['VALUE', false, 'ce-basis'],
        ['PER_REP_MONTH', true, 'ce-basis'],
        ['SHARE_OF_TARGET', false, 'ce-basis'],
      ]);
      const described = (radio: HTMLInputElement) =>
        `${text(element.querySelector(`label[for=${radio.id}]`))} — ${text(
          element.querySelector(`#${radio.getAttribute('aria-describedby')}`),
        )}`;
      expect(options.map(described)).toEqual([
        'The value as it is — The KPI’s value itself, whatever the scope and the length of the period.',
        'Per rep and month — The value divided by the reps of the scope and the elapsed months.',
        'Share of the target to date — The value divided by the target of the elapsed part of the period: 100 % = exactly on plan.',
      ]);
      expect(bounds(element)).toEqual(['22', '', '18', '']);
      expect([...element.querySelectorAll('fieldset.band legend')].map((legend) => text(legend))).toEqual([
        'Acceptable band (count per rep and month)',
        'Tolerated band (must contain the acceptable band) (count per rep and month)',
      ]);
      expect(text(element.querySelector('[data-testid=editor-current-description]'))).toBe(
        'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
      );
      expect(element.querySelector('[data-testid=adds-up-note]')).toBeNull();
    });

    it('says that the minimum sample size is checked on the value only', async () => {
      const { element, harness } = await openLeads();
      expect(text(element.querySelector('#ce-minSampleSize-hint'))).toBe(
        'Not checked on this basis: a count of zero per rep or against the target is a fact, not too few data.',
      );
      choose(element, 'VALUE');
      await harness.fixture.whenStable();
      expect(text(element.querySelector('#ce-minSampleSize-hint'))).toBe(
        'Fewer cases than this are shown as insufficient data.',
      );
    });

    it('offers "per rep" for a pipeline and says a rate is judged on its value, without a choice', async () => {
      const { element } = await open('/corridors/edit?model=CONSUMER_LOANS&kpi=PIPELINE_VALUE');
      expect([...element.querySelectorAll('[data-testid=basis-choice] label')].map((label) => text(label))).toEqual([
        'The value as it is',
        'Per rep',
      ]);
      TestBed.resetTestingModule();
      const rate = await open(EDIT_URL);
      expect(rate.element.querySelector('[data-testid=basis-choice]')).toBeNull();
      expect(text(rate.element.querySelector('[data-testid=basis-only]'))).toBe(
        'Win rate is judged on its value as it is: a rate, mean or score means the same for a rep’s month and the company’s year.',
      );
    });

    it('clears the bounds on another basis and says so politely, and brings them back when switched back before typing', async () => {
      const { element, harness } = await openLeads();
      const message = element.querySelector('[data-testid=basis-message]');
      expect(message?.getAttribute('role')).toBe('status');
      expect(text(message)).toBe('');

      choose(element, 'SHARE_OF_TARGET');
      await harness.fixture.whenStable();
      expect(bounds(element)).toEqual(['', '', '', '']);
      expect(text(message)).toBe(
        'The four bounds were cleared: bounds per rep and month mean nothing as a share of the target to date. Switch back before typing a bound to get them back.',
      );
      expect(text(element.querySelector('fieldset.band legend'))).toBe('Acceptable band (% of target to date)');
      // A fresh start on the new basis is not flagged before anything is typed.
      expect(element.querySelector('#ce-acceptableMin-error')).toBeNull();

      choose(element, 'PER_REP_MONTH');
      await harness.fixture.whenStable();
      expect(bounds(element)).toEqual(['22', '', '18', '']);
      expect(text(message)).toBe('The bounds per rep and month are back.');

      choose(element, 'SHARE_OF_TARGET');
      await harness.fixture.whenStable();
      type(element, '[data-testid=field-acceptableMin]', '100');
      await harness.fixture.whenStable();
      choose(element, 'PER_REP_MONTH');
      await harness.fixture.whenStable();
      // Typed on the share of target: what was set aside is gone, what was typed is cleared.
      expect(bounds(element)).toEqual(['', '', '', '']);
    });

    it('judges the history chart on the chosen basis, the running month to date, and previews and publishes the basis', async () => {
      const { element, harness, corridors } = await openLeads();
      const chart = element.querySelector('sd-corridor-trend');
      expect(text(element.querySelector('#chart-title'))).toBe(
        'Last 24 months, whole company, judged per rep and month, with the draft bands',
      );
      expect(chart?.getAttribute('aria-label')).toBe(
        'New leads per rep and month, Consumer loans: trend from 23 in Mar 2025 to 23.8 in May 2025 (to date). Shaded bands: acceptable at least 22, tolerated at least 18 (corridor version 5)',
      );

      choose(element, 'SHARE_OF_TARGET');
      type(element, '[data-testid=field-acceptableMin]', '100');
      type(element, '[data-testid=field-toleratedMin]', '80');
      await harness.fixture.whenStable();
      expect(text(element.querySelector('#chart-title'))).toContain('judged as a share of the target to date');
      expect(chart?.getAttribute('aria-label')).toBe(
        'New leads as a share of the target to date, Consumer loans: trend from 115.0% in Mar 2025 to 119.2% in May 2025 (to date). Shaded bands: acceptable at least 100.0%, tolerated at least 80.0% (corridor version 5)',
      );
      await afterPause();
      await harness.fixture.whenStable();
      expect(corridors.drafts.at(-1)).toEqual({
        businessModel: 'CONSUMER_LOANS',
        kpi: 'NEW_LEADS',
        acceptableMin: 1,
        acceptableMax: null,
        toleratedMin: 0.8,
        toleratedMax: null,
        minSampleSize: 1,
        basis: 'SHARE_OF_TARGET',
      });

      type(element, '[data-testid=field-rationale]', 'Leads follow the plan per team');
      element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
      await harness.fixture.whenStable();
      expect(corridors.inputs).toEqual([
        expect.objectContaining({ acceptableMin: 1, toleratedMin: 0.8, basis: 'SHARE_OF_TARGET', expectedVersion: 4 }),
      ]);
    });

    it('asks for the suggestion on the chosen basis and fills only its bounds', async () => {
      const { element, harness, corridors } = await openLeads();
      corridors.suggestionAnswer = () =>
        of({
          ...SUGGESTION,
          kpi: 'NEW_LEADS',
          basis: 'SHARE_OF_TARGET' as const,
          acceptableMin: 0.96349,
          toleratedMin: 0.81204,
        });
      choose(element, 'SHARE_OF_TARGET');
      await harness.fixture.whenStable();
      element.querySelector<HTMLButtonElement>('[data-testid=suggest]')?.click();
      await harness.fixture.whenStable();
      expect(corridors.suggestionBases).toEqual(['SHARE_OF_TARGET']);
      expect(text(element.querySelector('[data-testid=suggestion-direction]'))).toBe(
        'Higher is better: only lower bounds are suggested.',
      );
      element.querySelector<HTMLButtonElement>('[data-testid=suggestion-use]')?.click();
      await harness.fixture.whenStable();
      expect(bounds(element)).toEqual(['96.3', '', '81.2', '']);
    });

    it('shows the API’s refusal of a basis at the basis choice', async () => {
      const { element, harness, corridors } = await openLeads();
      corridors.answer = () =>
        throwError(() => ({
          code: 'BAD_USER_INPUT',
          message: 'input.basis: per rep and month is not a basis for NEW_LEADS: use VALUE',
          field: 'input.basis',
          issues: [
            {
              field: 'input.basis',
              message: 'per rep and month is not a basis for NEW_LEADS: use VALUE',
              messageCode: 'PER_REP_MONTH_BASIS_NOT_FOR_KPI',
              params: { kpi: 'NEW_LEADS', allowed: 'VALUE' },
            },
          ],
        }));
      type(element, '[data-testid=field-rationale]', 'Why not');
      element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
      await harness.fixture.whenStable();
      expect(text(element.querySelector('#ce-basis-error'))).toBe('Choose one of the bases offered for this KPI.');
      expect(element.querySelector('[data-testid=basis-choice]')?.getAttribute('aria-describedby')).toBe(
        'ce-basis-error',
      );
      expect(element.querySelector('[data-testid=editor-outcome]')).toBeNull();
    });

    it('words the versions and the audit with their basis, a basis change named', async () => {
      const kpi = new FakeKpiApi();
      const share = {
        ...leadsCorridor(),
        id: 'L-5',
        version: 5,
        acceptableMin: 1,
        toleratedMin: 0.8,
        basis: 'SHARE_OF_TARGET' as const,
      };
      kpi.versions = [share, leadsCorridor()];
      const corridors = new FakeCorridorApi();
      corridors.auditEntries = [
        {
          id: 'A-5',
          occurredAt: '2025-05-01T09:30:00.000Z',
          action: 'corridor.publish',
          actorName: 'Carla',
          reason: 'Plan per team',
          before: leadsCorridor(),
          after: share,
        },
      ];
      const { element } = await open(LEADS_URL, kpi, corridors);
      expect(text(element.querySelector('[data-testid=history-versions]'))).toContain(
        'acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
      );
      expect(text(element.querySelector('[data-testid=history-versions]'))).toContain(
        'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
      );
      expect(text(element.querySelector('[data-testid=history-audit]'))).toContain(
        'basis per rep and month → share of the target to date',
      );
    });
  });

  describe('back-dated effective date', () => {
    it('names the past months it re-judges and publishes only once that is confirmed, focus on the confirmation', async () => {
      const { element, harness, corridors } = await open(EDIT_URL);
      type(element, '[data-testid=field-rationale]', 'Correcting the spring');
      type(element, '[data-testid=field-effectiveFrom]', '2025-03-10');
      await harness.fixture.whenStable();
      expect(text(element.querySelector('[data-testid=backdate-note]'))).toBe(
        'Back-dated: this version re-judges Mar 2025, Apr 2025 and the running month May 2025; the statuses shown for them so far will change.',
      );
      const confirm = element.querySelector<HTMLInputElement>('[data-testid=confirm-backdate]');
      expect(text(element.querySelector('label[for=ce-confirmBackDate]'))).toBe('I want to re-judge these past months');
      expect(confirm?.checked).toBe(false);

      element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
      await harness.fixture.whenStable();
      expect(corridors.inputs).toEqual([]);
      expect(text(element.querySelector('#ce-confirmBackDate-error'))).toBe(
        'Tick the box to re-judge these months, or choose today or a later date.',
      );
      expect(document.activeElement).toBe(confirm);
      expect(confirm?.getAttribute('aria-describedby')).toBe('ce-effectiveFrom-note ce-confirmBackDate-error');

      confirm?.click();
      await harness.fixture.whenStable();
      expect(element.querySelector('#ce-confirmBackDate-error')).toBeNull();
      element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
      await harness.fixture.whenStable();
      expect(corridors.inputs.map((input) => input.effectiveFrom)).toEqual(['2025-03-10']);
    });

    it('asks again for an earlier date chosen after confirming, and needs nothing for today or a future date', async () => {
      const { element, harness, corridors } = await open(EDIT_URL);
      type(element, '[data-testid=field-rationale]', 'Correcting');
      type(element, '[data-testid=field-effectiveFrom]', '2025-05-01');
      await harness.fixture.whenStable();
      expect(text(element.querySelector('[data-testid=backdate-note]'))).toContain(
        're-judges the running month May 2025 and the periods that ended since May 1, 2025;',
      );
      element.querySelector<HTMLInputElement>('[data-testid=confirm-backdate]')?.click();
      await harness.fixture.whenStable();
      type(element, '[data-testid=field-effectiveFrom]', '2024-11-01');
      await harness.fixture.whenStable();
      expect(text(element.querySelector('[data-testid=backdate-note]'))).toContain(
        'the 6 past months Nov 2024 – Apr 2025 and the running month May 2025',
      );
      expect(element.querySelector<HTMLInputElement>('[data-testid=confirm-backdate]')?.checked).toBe(false);

      type(element, '[data-testid=field-effectiveFrom]', '2025-07-01');
      await harness.fixture.whenStable();
      expect(element.querySelector('[data-testid=backdate-note]')).toBeNull();
      expect(element.querySelector('[data-testid=confirm-backdate]')).toBeNull();
      expect(text(element.querySelector('[data-testid=scheduled-note]'))).toContain('schedules the change');

      type(element, '[data-testid=field-effectiveFrom]', '2025-05-14');
      await harness.fixture.whenStable();
      expect(element.querySelector('[data-testid=confirm-backdate]')).toBeNull();
      element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
      await harness.fixture.whenStable();
      expect(corridors.inputs.map((input) => input.effectiveFrom)).toEqual(['2025-05-14']);
    });
  });

  it('takes the keyboard to the first field that blocks a publish', async () => {
    const { element, harness } = await open(EDIT_URL);
    type(element, '[data-testid=field-acceptableMax]', 'abc');
    element.querySelector<HTMLButtonElement>('[data-testid=publish]')?.click();
    await harness.fixture.whenStable();
    expect(document.activeElement?.id).toBe('ce-acceptableMax');
  });
});
