import { TestBed } from '@angular/core/testing';
import { KpiMatrix, type KpiMatrixRow } from './kpi-matrix';

const ROWS: KpiMatrixRow[] = [
  {
    code: 'WON_VOLUME',
    name: 'Won volume',
    unit: 'EUR',
    description: 'Sum of won amounts',
    cells: {
      NORTH: { value: 1_234_567, sampleSize: 40, target: 1_500_000 },
      SOUTH: { value: null, sampleSize: 0, target: null },
    },
  },
  { code: 'WIN_RATE', name: 'Win rate', unit: 'RATE', description: 'Won / decided', cells: { NORTH: null } },
];

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('KpiMatrix', () => {
  it('is a table of KPIs by column with value, target and n; missing figures are "—"', async () => {
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
    const parts = (cell: Element | null | undefined) => [...(cell?.querySelectorAll('span') ?? [])].map(text);
    expect(parts(won?.querySelector('td[data-column=NORTH]'))).toEqual(['€1.2M', 'Target €1.5M', 'n = 40']);
    expect(parts(won?.querySelector('td[data-column=SOUTH]'))).toEqual(['—', 'n = 0']);
    expect(text(element.querySelector('tr[data-kpi=WIN_RATE] td[data-column=SOUTH]'))).toBe('—');
  });
});
