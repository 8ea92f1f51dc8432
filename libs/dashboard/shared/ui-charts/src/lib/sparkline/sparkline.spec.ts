import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideChartsStub } from '../provide-charts';
import { Sparkline, sparklineSummary } from './sparkline';
import { type SparkPoint, sparklineOptions } from './sparkline-options';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const POINTS: SparkPoint[] = [
  { label: 'Jan 2025', value: null },
  { label: 'Feb 2025', value: 0.25 },
  { label: 'Mar 2025', value: null },
  { label: 'Apr 2025', value: 0.5 },
  { label: 'May 2025', value: null },
];

describe('sparklineOptions', () => {
  it('keeps null values as gaps and the labels on the category axis', () => {
    const option = sparklineOptions(POINTS, percent);
    const series = option.series as { data: unknown[]; connectNulls: boolean }[];
    expect(series[0].data).toEqual([null, 0.25, null, 0.5, null]);
    expect(series[0].connectNulls).toBe(false);
    expect((option.xAxis as { data: string[] }).data).toEqual(POINTS.map((p) => p.label));
  });

  it('formats tooltip values with the unit formatter', () => {
    const tooltip = sparklineOptions(POINTS, percent).tooltip as {
      valueFormatter: (value: unknown, index: number) => string;
    };
    expect(tooltip.valueFormatter(0.423, 1)).toBe('42.3%');
    expect(tooltip.valueFormatter(null, 0)).toBe('—');
    expect(tooltip.valueFormatter('-', 0)).toBe('—');
  });
});

describe('sparklineSummary', () => {
  it('names the first and the last known value', () => {
    expect(sparklineSummary('Win rate, Consumer loans', POINTS, percent)).toBe(
      'Win rate, Consumer loans: trend from 25.0% in Feb 2025 to 50.0% in Apr 2025',
    );
  });

  it('says so when there is one value or none', () => {
    expect(sparklineSummary('NPS', [{ label: 'Jan 2025', value: 0.1 }], percent)).toBe(
      'NPS: 10.0% in Jan 2025, no earlier values',
    );
    expect(sparklineSummary('NPS', [{ label: 'Jan 2025', value: null }], percent)).toBe('NPS: no values in the trend');
  });
});

@Component({
  imports: [Sparkline],
  template: `<sd-sparkline [points]="points()" subject="Win rate" [formatValue]="format" />`,
})
class Host {
  readonly points = signal<SparkPoint[]>(POINTS);
  readonly format = percent;
}

describe('Sparkline', () => {
  it('is an image whose label summarises the line, and follows new points', async () => {
    TestBed.configureTestingModule({ providers: [provideChartsStub()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement.querySelector('sd-sparkline');
    expect(element.getAttribute('role')).toBe('img');
    expect(element.getAttribute('aria-label')).toBe('Win rate: trend from 25.0% in Feb 2025 to 50.0% in Apr 2025');
    expect(element.querySelector('[echarts]')?.getAttribute('aria-hidden')).toBe('true');

    fixture.componentInstance.points.set([
      { label: 'Jun 2025', value: 0.1 },
      { label: 'Jul 2025', value: 0.2 },
    ]);
    await fixture.whenStable();
    expect(element.getAttribute('aria-label')).toBe('Win rate: trend from 10.0% in Jun 2025 to 20.0% in Jul 2025');
  });
});
