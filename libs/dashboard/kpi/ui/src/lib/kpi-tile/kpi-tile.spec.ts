import { ApplicationRef, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideChartsStub } from '@salesdash/dashboard/shared/ui-charts';
import type { KpiRunningFigures, KpiTileView } from '../models';
import { KpiTile } from './kpi-tile';

/** A value of an ended period without a corridor: nothing beyond the target. */
const ENDED: KpiRunningFigures = { targetToDate: null, forecast: null, pace: null, basis: null, judgedValue: null };

const WON_VOLUME: KpiTileView = {
  code: 'WON_VOLUME',
  unit: 'EUR',
  stage: 'WON',
  rows: [
    {
      businessModel: 'PREMIUM_FINANCING',
      businessModelName: 'Premium financing',
      value: 12_345_678,
      sampleSize: 1234,
      status: 'NO_RANGE',
      policyVersion: null,
      corridor: null,
      target: 15_000_000,
      ...ENDED,
      targetToDate: 15_000_000,
      forecast: 12_345_678,
      pace: 'BEHIND',
      trend: [
        { label: 'Jan 2025', value: 1_000_000 },
        { label: 'Feb 2025', value: null },
        { label: 'Mar 2025', value: 1_500_000 },
      ],
      trendCorridors: [],
    },
    {
      businessModel: 'CONSUMER_LOANS',
      businessModelName: 'Consumer loans',
      value: null,
      sampleSize: 0,
      status: 'NO_DATA',
      policyVersion: null,
      corridor: null,
      target: null,
      ...ENDED,
      trend: null,
      trendCorridors: [],
    },
  ],
};

@Component({
  imports: [KpiTile],
  template: `<sd-kpi-tile [tile]="tile()" />`,
})
class Host {
  readonly tile = signal(WON_VOLUME);
}

async function render(tile = WON_VOLUME): Promise<HTMLElement> {
  TestBed.configureTestingModule({ providers: [provideChartsStub(), provideRouter([])] });
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.tile.set(tile);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('KpiTile', () => {
  it('leads from a value to its rows and shows its change against the period before and last year', async () => {
    const [premiumRow, consumerRow] = WON_VOLUME.rows;
    const element = await render({
      ...WON_VOLUME,
      rows: [
        {
          ...premiumRow,
          rows: { path: ['/', 'rows', 'WON_VOLUME'], queryParams: { model: 'PREMIUM_FINANCING', from: '2025-01-01' } },
          change: {
            previous: { from: '2024-01-01', to: '2025-01-01', value: 11_000_000 },
            lastYear: { from: '2024-01-01', to: '2025-01-01', value: null },
          },
        },
        consumerRow,
      ],
    });
    const [premium, consumer] = [...element.querySelectorAll('li.row')];
    const link = premium.querySelector<HTMLAnchorElement>('[data-testid=kpi-value] a');
    expect(link?.getAttribute('href')).toBe('/rows/WON_VOLUME?model=PREMIUM_FINANCING&from=2025-01-01');
    expect(link?.getAttribute('aria-label')).toBe(
      'Won volume, Premium financing: €12.3M. Show the 1,234 WON events in the period',
    );
    expect(text(premium.querySelector('[data-testid=kpi-change] [aria-hidden=true]'))).toBe('+12% vs previous period');
    expect(consumer.querySelector('[data-testid=kpi-value] a')).toBeNull();
    expect(consumer.querySelector('[data-testid=kpi-change] .change')).toBeNull();
  });

  it('shows the KPI name, its stage and one row per business model', async () => {
    const element = await render();
    const article = element.querySelector('article');
    expect(text(element.querySelector('h3'))).toBe('Won volume');
    expect(article?.getAttribute('aria-labelledby')).toBe(element.querySelector('h3')?.id);
    expect(text(element.querySelector('.stage [aria-hidden=true]'))).toBe('Won');
    expect(text(element.querySelector('.stage .visually-hidden'))).toBe('Stage: Won');
    // The stage shows above the name, but the heading comes first for screen readers.
    expect(element.querySelector('header')?.firstElementChild?.tagName).toBe('H3');
    const rows = element.querySelectorAll('li.row');
    expect([...rows].map((row) => text(row.querySelector('.model')))).toEqual(['Premium financing', 'Consumer loans']);
  });

  it('formats value, n and target for the unit, and "—" without a value', async () => {
    const element = await render();
    const [premium, consumer] = [...element.querySelectorAll('li.row')];
    expect(text(premium.querySelector('[data-testid=kpi-value]'))).toBe('€12.3M');
    expect(text(premium.querySelector('[data-testid=kpi-n]'))).toBe('n = 1,234, n counts WON events in the period');
    expect(premium.querySelector('[data-testid=kpi-n]')?.getAttribute('title')).toBe(
      'n counts WON events in the period',
    );
    // The period has ended: its target to date is the target.
    expect(text(premium.querySelector('[data-testid=kpi-target]'))).toBe('Target €15M');
    expect(text(consumer.querySelector('[data-testid=kpi-value]'))).toBe('—');
    expect(text(consumer.querySelector('[data-testid=kpi-n]'))).toContain('n = 0');
    expect(consumer.querySelector('[data-testid=kpi-target]')).toBeNull();
  });

  it('shows the target to date, the pace and the forecast while the period runs', async () => {
    const [premiumRow, consumerRow] = WON_VOLUME.rows;
    const element = await render({
      ...WON_VOLUME,
      rows: [
        {
          ...premiumRow,
          value: 193_600,
          targetToDate: 209_511,
          target: 1_622_000,
          forecast: 1_498_816,
          pace: 'ON_TRACK',
        },
        consumerRow,
      ],
    });
    const [premium, consumer] = [...element.querySelectorAll('li.row')];
    expect(text(premium.querySelector('[data-testid=kpi-target]'))).toBe('Target to date €209.5K of €1.6M');
    expect(text(premium.querySelector('[data-testid=kpi-forecast]'))).toBe('Forecast €1.5M of €1.6M');
    expect(text(premium.querySelector('sd-kpi-pace .label'))).toBe('On track');
    expect(premium.querySelector('sd-kpi-pace svg')?.getAttribute('aria-hidden')).toBe('true');
    // Nothing extra where the API gives nothing.
    expect(consumer.querySelector('.figures')).toBeNull();
  });

  it('shows no forecast once the period has ended (it is the value), but still the final pace', async () => {
    const element = await render();
    const premium = element.querySelector('li.row') as HTMLElement;
    expect(premium.querySelector('[data-testid=kpi-forecast]')).toBeNull();
    expect(text(premium.querySelector('sd-kpi-pace .label'))).toBe('Behind');
  });

  it('gives no n for a count, whose n is its value, and tells the popover what was judged', async () => {
    const [premiumRow] = WON_VOLUME.rows;
    const element = await render({
      ...WON_VOLUME,
      code: 'NEW_LEADS',
      unit: 'COUNT',
      rows: [
        {
          ...premiumRow,
          value: 127,
          sampleSize: 127,
          status: 'ACCEPTABLE',
          basis: 'PER_REP_MONTH',
          judgedValue: 27.31,
          target: 974,
          targetToDate: 125.8,
          forecast: 983.2,
          pace: 'TOO_EARLY',
          trend: [
            { label: 'Nov 2026', value: 29.8, status: 'ACCEPTABLE' },
            { label: 'Dec 2026', value: 27.31, status: 'ACCEPTABLE', partial: true },
          ],
        },
      ],
    });
    expect(element.querySelector('[data-testid=kpi-n]')).toBeNull();
    expect(text(element.querySelector('[data-testid=kpi-target]'))).toBe('Target to date 126 of 974');
    expect(text(element.querySelector('sd-kpi-pace .label'))).toBe('Too early to tell');
    (element.querySelector('sd-kpi-status button') as HTMLButtonElement).focus();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(text(element.querySelector('sd-kpi-status [role=tooltip]'))).toContain('Judged: 27.3 per rep and month');
    // The trend plots what the corridor judges, and says so.
    expect(element.querySelector('sd-sparkline')?.getAttribute('aria-label')).toBe(
      'New leads (per rep and month), Premium financing: trend from 29.8 per rep and month in Nov 2026 ' +
        'to 27.3 per rep and month in Dec 2026 (to date)',
    );
  });

  it('shows the status as text and icon, with the reason and the corridor in its popover', async () => {
    const corridor = {
      version: 2,
      effectiveFrom: '2025-01-01',
      description: 'acceptable at least €10M',
      rationale: 'Growth year.',
      minSampleSize: 1,
    };
    const [premiumRow, consumerRow] = WON_VOLUME.rows;
    const element = await render({
      ...WON_VOLUME,
      rows: [{ ...premiumRow, status: 'ACCEPTABLE', policyVersion: 2, corridor }, consumerRow],
    });
    const [premium, consumer] = [...element.querySelectorAll('sd-kpi-status')];
    expect(text(premium)).toBe('Acceptable');
    (premium.querySelector('button') as HTMLButtonElement).focus();
    await TestBed.inject(ApplicationRef).whenStable();
    expect(premium.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(premium.querySelector('[role=tooltip]'))).toContain('Corridor version 2, in force from Jan 1, 2025');
    expect(text(premium.querySelector('[role=tooltip]'))).toContain('Why this corridor: Growth year.');
    expect(text(consumer.querySelector('button'))).toBe('No data');
  });

  it('draws the trend as a sparkline with a summary, or a placeholder while it loads', async () => {
    const element = await render();
    const [premium, consumer] = [...element.querySelectorAll('li.row')];
    expect(premium.querySelector('sd-sparkline')?.getAttribute('aria-label')).toBe(
      'Won volume, Premium financing: trend from €1M in Jan 2025 to €1.5M in Mar 2025',
    );
    expect(consumer.querySelector('sd-sparkline')).toBeNull();
    expect(consumer.querySelector('.trend-placeholder')).not.toBeNull();
  });

  it('says so when a KPI has no rows', async () => {
    const element = await render({ ...WON_VOLUME, rows: [] });
    expect(text(element.querySelector('.no-rows'))).toBe('No values for this KPI.');
  });

  it('names the customer-voice stage, shortly where space is tight', async () => {
    const element = await render({ ...WON_VOLUME, stage: 'ANY' });
    expect(text(element.querySelector('.stage [aria-hidden=true]'))).toBe('Customer voice');
    expect(text(element.querySelector('.stage .visually-hidden'))).toBe('Stage: Customer voice & activity');
  });
});
