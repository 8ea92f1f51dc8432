import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, signal, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideLocationMocks } from '@angular/common/testing';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { CsvDownload } from '@salesdash/dashboard/shared/data-access';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import { of, throwError } from 'rxjs';
import { JourneyApi } from './data-access/journey-api';
import { FeedbackPanel } from './feedback/feedback-panel';
import { JourneyFunnel } from './funnel/journey-funnel';
import { MomentsPanel } from './moments/moments-panel';
import { FakeJourneyApi, FLAG, MODELS } from './testing.fixtures';

const PERIOD = signal({ from: '2025-04-01', to: '2025-05-01' });
const MODEL = signal<string | null>(null);

@Component({
  selector: 'sd-test-host',
  imports: [JourneyFunnel, MomentsPanel, FeedbackPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-journey-funnel [period]="period()" [businessModel]="model()" [models]="models" />
    <sd-moments-panel [period]="period()" [businessModel]="model()" [models]="models" />
    <sd-feedback-panel [period]="period()" [businessModel]="model()" [models]="models" />
  `,
})
class Host {
  protected readonly period = PERIOD;
  protected readonly model = MODEL;
  protected readonly models = MODELS;
}

class FakeCsv {
  readonly downloads: { url: string; params: Readonly<Record<string, string | number>> }[] = [];
  download = (url: string, params: Readonly<Record<string, string | number>>) => {
    this.downloads.push({ url, params });
    return of('export.csv');
  };
}

async function open(role: string, api = new FakeJourneyApi(), url = '/') {
  PERIOD.set({ from: '2025-04-01', to: '2025-05-01' });
  MODEL.set(null);
  const csv = new FakeCsv();
  TestBed.configureTestingModule({
    providers: [
      provideChartsStub(),
      provideRouter([{ path: '', component: Host as Type<unknown> }]),
      provideLocationMocks(),
      { provide: JourneyApi, useValue: api },
      { provide: CsvDownload, useValue: csv },
      { provide: AuthService, useValue: { viewer: () => ({ id: 'U-1', role }) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const stable = async () => {
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
  };
  return { element, api, csv, stable, router: TestBed.inject(Router) };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function all(element: HTMLElement, selector: string): HTMLElement[] {
  return [...element.querySelectorAll<HTMLElement>(selector)];
}

function byTestId(element: HTMLElement, id: string): HTMLElement {
  const found = element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) {
    throw new Error(`No ${id}`);
  }
  return found;
}

function radio(element: HTMLElement, container: string, label: string): HTMLInputElement {
  const labels = all(byTestId(element, container), 'label');
  const match = labels.find((candidate) => text(candidate) === label);
  const input = match?.querySelector('input');
  if (!input) {
    throw new Error(`No radio ${label}`);
  }
  return input;
}

function select(field: HTMLElement, value: string): void {
  (field as HTMLSelectElement).value = value;
  field.dispatchEvent(new Event('change'));
}

describe('JourneyFunnel', () => {
  it('shows the models side by side by default, then the period against the previous one from a second request', async () => {
    const { element, api, stable } = await open('MANAGEMENT');
    expect(api.funnelFilters).toEqual([{ from: '2025-04-01', to: '2025-05-01', businessModels: null }]);
    expect(all(element, '[data-testid=funnel-panel] h3').map(text)).toEqual(['Consumer loans', 'Premium financing']);
    expect(all(element, '[data-testid=funnel-panel]')[0].querySelectorAll('tbody tr')).toHaveLength(7);
    expect(text(byTestId(element, 'funnel-cohort'))).toMatch(
      /^Deals created Apr 1\s–\s30, 2025, followed up to today$/,
    );

    radio(element, 'funnel-compare', 'This period against the previous one').click();
    await stable();
    expect(api.funnelFilters[1]).toEqual({ from: '2025-03-01', to: '2025-04-01', businessModels: null });
    const panels = all(element, '[data-testid=funnel-panel]');
    expect(panels.map((panel) => text(panel.querySelector('h3')))).toEqual([
      expect.stringMatching(/^Apr 1\s–\s30, 2025$/),
      expect.stringMatching(/^Mar 1\s–\s31, 2025$/),
    ]);
    expect(panels.map((panel) => text(panel.querySelector('[data-testid=funnel-reached]')))).toEqual(['800', '400']);
    expect(text(byTestId(element, 'funnel-cohort'))).toMatch(/^Consumer loans: deals created /);
  });

  it('compares with the period before by default when one model is chosen, and exports that model', async () => {
    const { element, api, csv, stable } = await open('MARKETING');
    MODEL.set('PREMIUM_FINANCING');
    await stable();
    expect(api.funnelFilters.at(-1)?.businessModels).toEqual(['PREMIUM_FINANCING']);
    expect(all(element, '[data-testid=funnel-compare] input').map((input) => input.getAttribute('value'))).toEqual([
      'PREVIOUS',
    ]);
    expect(all(element, '[data-testid=funnel-panel]')).toHaveLength(2);
    byTestId(element, 'funnel-export').click();
    expect(csv.downloads).toEqual([
      {
        url: '/api/exports/funnel',
        params: { from: '2025-04-01', to: '2025-05-01', businessModels: 'PREMIUM_FINANCING' },
      },
    ]);
  });

  it('shows a failure with a retry that asks again', async () => {
    const api = new FakeJourneyApi();
    let fail = true;
    const answer = api.funnel;
    api.funnel = (filter) => (fail ? throwError(() => ({ code: 'NETWORK', message: 'down' })) : answer(filter));
    const { element, stable } = await open('MARKETING', api);
    expect(text(byTestId(element, 'funnel-error'))).toContain('The server cannot be reached');
    fail = false;
    byTestId(element, 'funnel-error').querySelector('button')?.click();
    await stable();
    expect(element.querySelector('[data-testid=funnel-error]')).toBeNull();
    expect(all(element, '[data-testid=funnel-panel]')).toHaveLength(2);
  });
});

describe('MomentsPanel', () => {
  it('shows one model’s heatmap with a text alternative and a table, and switches the metric', async () => {
    const { element, stable } = await open('MANAGEMENT');
    const chart = byTestId(element, 'moments-chart');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Heatmap of CSAT mean, Consumer loans, .+: 2 moments with feedback\. Lowest CSAT: Suspect · Web \(4\.5\)/,
    );
    // On a narrow screen the heatmap scrolls sideways in its frame, which the keyboard reaches and names.
    const frame = chart.parentElement as HTMLElement;
    expect([frame.getAttribute('tabindex'), frame.getAttribute('role')]).toEqual(['0', 'group']);
    expect(frame.getAttribute('aria-label')).toMatch(/^Heatmap of the feedback of Consumer loans, /);
    const rows = all(element, '[data-testid=moments-table] tbody tr');
    expect(rows.map((row) => [...row.children].map(text))).toEqual([
      ['Suspect', 'Web', '20', '4.5', '10.0%', 'no feedback', 'not flagged'],
      ['Onboarded', 'Phone', '3 low volume (n = 3)', '2.9', '10.0%', 'no feedback', 'not flagged'],
    ]);
    radio(element, 'moments-metric', 'Volume (responses)').click();
    await stable();
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Heatmap of Volume \(responses\), .+Most responses: Suspect · Web \(20\)/,
    );
  });

  it('shows flags to every role but flag buttons only to marketing and controlling', async () => {
    const api = new FakeJourneyApi();
    api.flags = [FLAG];
    const { element } = await open('MANAGEMENT', api);
    expect(text(byTestId(element, 'flags-list'))).toContain('Onboarding calls decide renewals');
    expect(text(byTestId(element, 'flags-list'))).toContain('Flagged by Mara Marketing on Apr 3, 2025');
    expect(element.querySelectorAll('[data-testid=moment-flag-toggle], [data-testid=flags-unflag]')).toHaveLength(0);
  });

  it('flags a moment with a reason checked before sending, shows the API’s refusal, then succeeds and reloads', async () => {
    const api = new FakeJourneyApi();
    let refuse = true;
    api.flagAnswer = (input) =>
      refuse
        ? throwError(() => ({ code: 'FORBIDDEN', message: 'Only marketing and controlling flag moments' }))
        : of({ ...FLAG, ...input });
    const { element, stable } = await open('MARKETING', api);
    const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
    const toggle = all(element, '[data-testid=moment-flag-toggle]')[1];
    expect(toggle.getAttribute('aria-label')).toBe('Flag Consumer loans · Onboarded · Phone as a moment that matters');
    toggle.click();
    await stable();
    const dialog = byTestId(element, 'flag-dialog');
    const reason = byTestId(element, 'flag-reason') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);

    byTestId(element, 'flag-submit').click();
    await stable();
    expect(text(byTestId(element, 'flag-reason-error'))).toBe('Give a reason of at least 3 characters.');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(api.flagCalls).toEqual([]);

    reason.value = '  Phone onboarding decides renewals  ';
    reason.dispatchEvent(new Event('input'));
    byTestId(element, 'flag-submit').click();
    await stable();
    expect(api.flagCalls).toEqual([
      {
        kind: 'flag',
        input: {
          businessModel: 'CONSUMER_LOANS',
          stage: 'ONBOARDED',
          touchpoint: 'PHONE',
          reason: 'Phone onboarding decides renewals',
        },
      },
    ]);
    expect(text(byTestId(element, 'flag-failure'))).toBe('Not saved: Only marketing and controlling flag moments');
    expect(dialog.isConnected).toBe(true);

    refuse = false;
    const heatmapRequests = api.heatmapFilters.length;
    byTestId(element, 'flag-submit').click();
    await stable();
    expect(element.querySelector('[data-testid=flag-dialog]')).toBeNull();
    // Shown as a notice for everyone to read, and said by the CDK's live announcer (no hidden live region).
    const done = byTestId(element, 'moments-done');
    expect(text(done)).toBe('Flagged Consumer loans · Onboarded · Phone.');
    expect([done.getAttribute('aria-hidden'), done.getAttribute('role')]).toEqual([null, null]);
    expect(announce).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith('Flagged Consumer loans · Onboarded · Phone.');
    expect(api.heatmapFilters.length).toBe(heatmapRequests + 1);
    expect(document.activeElement).toBe(toggle);
  });

  it('ranks the weakest moments with the minimum responses typed, and refuses a bad minimum', async () => {
    const api = new FakeJourneyApi();
    api.weakestAnswer = [
      {
        rank: 1,
        businessModel: 'CONSUMER_LOANS',
        stage: 'ONBOARDED',
        touchpoint: 'PHONE',
        responses: 45,
        csatMean: 2.9,
        negativeCount: 14,
        negativeRate: 0.3,
        csatChange: -0.4,
        negativeRateChange: 0.05,
        previous: { responses: 40, csatMean: 3.3, negativeCount: 10, negativeRate: 0.25 },
        flag: null,
      },
    ];
    const { element, stable } = await open('MANAGEMENT', api);
    expect(api.weakestFilters).toEqual([
      { from: '2025-04-01', to: '2025-05-01', businessModels: null, rankBy: 'CSAT', minResponses: 10, limit: 10 },
    ]);
    expect(text(byTestId(element, 'weakest-headline'))).toBe('CSAT 2.9 (−0.4 vs previous period)');
    const min = byTestId(element, 'weakest-min') as HTMLInputElement;
    min.value = '0';
    min.dispatchEvent(new Event('input'));
    min.closest('form')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(text(element.querySelector('[data-testid=weakest-moments] .field-error'))).toBe(
      'Enter a whole number from 1 to 10,000.',
    );
    expect(api.weakestFilters).toHaveLength(1);
    min.value = '25';
    min.dispatchEvent(new Event('input'));
    radio(element, 'weakest-moments', 'Highest negative rate').click();
    min.closest('form')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(api.weakestFilters.at(-1)).toMatchObject({ rankBy: 'NEGATIVE_RATE', minResponses: 25 });
  });
});

describe('FeedbackPanel', () => {
  function feedbackApi(): FakeJourneyApi {
    const api = new FakeJourneyApi();
    api.feedbackAnswer = (filter) =>
      of({
        total: 120,
        offset: filter.offset ?? 0,
        limit: 50,
        rows: [
          {
            feedbackId: 'F-1',
            dealId: 'D-000042',
            businessModel: 'CONSUMER_LOANS',
            customerId: 'C-1',
            repId: 'U-1',
            repName: 'Leon Franke',
            teamName: 'North',
            stage: 'ONBOARDED',
            touchpoint: 'PHONE',
            occurredAt: '2025-04-04T10:00:00.000Z',
            csat: 1,
            nps: 2,
            comment: 'Nobody called back',
            recovery: 'NOT_RECOVERED',
            recoveredAt: null,
          },
        ],
      });
    return api;
  }

  it('lists a page with each row linked to its deal and a negative one marked in words', async () => {
    const { element } = await open('MARKETING', feedbackApi());
    const row = element.querySelector('[data-testid=feedback-table] tbody tr');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/deals/D-000042');
    expect(text(row?.querySelector('a'))).toBe('Deal D-000042');
    expect(text(row?.querySelector('[data-testid=feedback-csat]'))).toBe('1 / 5 Negative');
    expect(text(byTestId(element, 'feedback-range'))).toBe('Rows 1–1 of 120');
  });

  it('applies the filters on submit into the URL and the request, pages on, and exports the filtered list', async () => {
    const { element, api, csv, router, stable } = await open('MARKETING', feedbackApi());
    expect(api.feedbackFilters).toEqual([{ from: '2025-04-01', to: '2025-05-01', offset: 0, limit: 50 }]);
    select(byTestId(element, 'feedback-csat-max'), '2');
    select(byTestId(element, 'feedback-recovery'), 'NOT_RECOVERED');
    select(byTestId(element, 'feedback-model'), 'CONSUMER_LOANS');
    // Nothing is asked before the form is submitted.
    expect(api.feedbackFilters).toHaveLength(1);
    byTestId(element, 'feedback-filters').dispatchEvent(new Event('submit'));
    await stable();
    expect(router.url).toBe('/?fbCsatMax=2&fbRecovery=NOT_RECOVERED&fbModel=CONSUMER_LOANS');
    expect(api.feedbackFilters.at(-1)).toEqual({
      from: '2025-04-01',
      to: '2025-05-01',
      businessModels: ['CONSUMER_LOANS'],
      csatMax: 2,
      recovery: ['NOT_RECOVERED'],
      offset: 0,
      limit: 50,
    });
    byTestId(element, 'feedback-next').click();
    await stable();
    expect(api.feedbackFilters.at(-1)).toMatchObject({ offset: 50 });
    byTestId(element, 'feedback-export').click();
    expect(csv.downloads.at(-1)).toEqual({
      url: '/api/exports/feedback',
      params: {
        from: '2025-04-01',
        to: '2025-05-01',
        businessModels: 'CONSUMER_LOANS',
        csatMax: '2',
        recovery: 'NOT_RECOVERED',
      },
    });
  });

  it('reads its filters from the URL and refuses an upside-down CSAT range', async () => {
    const { element, api, stable } = await open('MARKETING', feedbackApi(), '/?fbStage=ONBOARDED&fbComment=true');
    expect(api.feedbackFilters[0]).toMatchObject({ stages: ['ONBOARDED'], withComment: true });
    expect((byTestId(element, 'feedback-stage') as HTMLSelectElement).value).toBe('ONBOARDED');
    select(byTestId(element, 'feedback-csat-min'), '4');
    select(byTestId(element, 'feedback-csat-max'), '2');
    await stable();
    byTestId(element, 'feedback-filters').dispatchEvent(new Event('submit'));
    await stable();
    expect(text(element.querySelector('[data-testid=feedback-filters] .field-error'))).toBe(
      '"CSAT from" must not be above "CSAT to".',
    );
    expect(api.feedbackFilters).toHaveLength(1);
  });
});
