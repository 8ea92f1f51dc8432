import { TestBed } from '@angular/core/testing';
import type { KpiRunningFigures } from '../models';
import { KpiMatrix, type KpiMatrixRow } from './kpi-matrix';

const ENDED: KpiRunningFigures = { targetToDate: null, forecast: null, pace: null, basis: null, judgedValue: null };

const ROWS: KpiMatrixRow[] = [
  {
    code: 'WON_VOLUME',
    unit: 'EUR',
    cells: {
      NORTH: {
        value: 1_234_567,
        sampleSize: 40,
        target: 1_500_000,
        status: 'UNACCEPTABLE',
        policyVersion: 4,
        corridor: null,
        ...ENDED,
        targetToDate: 1_500_000,
        forecast: 1_234_567,
      },
      SOUTH: {
        value: null,
        sampleSize: 0,
        target: null,
        status: 'NO_DATA',
        policyVersion: null,
        corridor: null,
        ...ENDED,
      },
    },
  },
  {
    code: 'WON_DEALS',
    unit: 'COUNT',
    cells: {
      NORTH: {
        value: 17,
        sampleSize: 17,
        target: 169,
        status: 'UNACCEPTABLE',
        policyVersion: 1,
        corridor: null,
        targetToDate: 21.8,
        forecast: 131.6,
        pace: 'AT_RISK',
        basis: 'SHARE_OF_TARGET',
        judgedValue: 0.779,
      },
    },
  },
  {
    code: 'WIN_RATE',
    unit: 'RATE',
    cells: { NORTH: null },
  },
];

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('KpiMatrix', () => {
  it('is a table of KPIs by column with value, status, target and n; missing figures are "—"', async () => {
    const fixture = TestBed.createComponent(KpiMatrix);
    fixture.componentRef.setInput('caption', 'KPIs by region');
    fixture.componentRef.setInput('columns', [
      { key: 'NORTH', label: 'North' },
      { key: 'SOUTH', label: 'South' },
    ]);
    fixture.componentRef.setInput('rows', ROWS);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(text(element.querySelector('caption'))).toBe('KPIs by region');
    expect([...element.querySelectorAll('thead th')].map(text)).toEqual(['KPI', 'North', 'South']);
    expect([...element.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const won = element.querySelector('tr[data-kpi=WON_VOLUME]');
    expect(won?.querySelector('th')?.getAttribute('scope')).toBe('row');
    const parts = (cell: Element | null | undefined) =>
      [...(cell?.querySelectorAll(':scope > span, :scope > sd-kpi-status button') ?? [])].map(text);
    expect(parts(won?.querySelector('td[data-column=NORTH]'))).toEqual([
      '€1.2M',
      'Unacceptable',
      'Target €1.5M',
      'n = 40',
    ]);
    (won?.querySelector('td[data-column=NORTH] button') as HTMLButtonElement).focus();
    await fixture.whenStable();
    expect(text(won?.querySelector('td[data-column=NORTH] [role=tooltip]') ?? null)).toContain(
      'Judged by corridor version 4.',
    );
    expect(parts(won?.querySelector('td[data-column=SOUTH]'))).toEqual(['—', 'No data', 'n = 0']);
    expect(text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-column=SOUTH]'))).toBe('—');
  });

  it('shows pace, target to date and forecast of a running period, and no n for a count', async () => {
    const fixture = TestBed.createComponent(KpiMatrix);
    fixture.componentRef.setInput('caption', 'KPIs by team');
    fixture.componentRef.setInput('columns', [{ key: 'NORTH', label: 'North 1' }]);
    fixture.componentRef.setInput('rows', ROWS);
    await fixture.whenStable();
    const cell = (fixture.nativeElement as HTMLElement).querySelector('tr[data-kpi=WON_DEALS] td[data-column=NORTH]');
    const parts = [
      ...(cell?.querySelectorAll(':scope > span, :scope > sd-kpi-status button, :scope > sd-kpi-pace .label') ?? []),
    ];
    expect(parts.map(text)).toEqual([
      '17',
      'Unacceptable',
      'At risk',
      'Target to date 22 of 169',
      'Forecast 132 of 169',
    ]);
    (cell?.querySelector('sd-kpi-status button') as HTMLButtonElement).focus();
    await fixture.whenStable();
    expect(text(cell?.querySelector('[role=tooltip]') ?? null)).toContain('Judged: 78% of target to date');
  });
});
