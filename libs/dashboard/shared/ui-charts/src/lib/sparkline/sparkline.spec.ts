import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { CorridorBandVersion } from '../corridor/corridor-bands';
import { provideChartsStub } from '../provide-charts';
import { BAND_COLORS, STATUS_COLORS } from '../status-colors';
import { bandInWords, Sparkline, sparklineSummary } from './sparkline';
import { type SparkPoint, sparklineOptions } from './sparkline-options';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const POINTS: SparkPoint[] = [
  { label: 'Jan 2025', value: null },
  { label: 'Feb 2025', value: 0.25 },
  { label: 'Mar 2025', value: null },
  { label: 'Apr 2025', value: 0.5 },
  { label: 'May 2025', value: null },
];
const V1: CorridorBandVersion = {
  version: 1,
  acceptableMin: 0.2,
  acceptableMax: 0.4,
  toleratedMin: 0.1,
  toleratedMax: 0.6,
};
const V2: CorridorBandVersion = { ...V1, version: 2, acceptableMin: 0.3 };
const JUDGED: SparkPoint[] = [
  { label: 'Jan 2025', value: 0.25, status: 'ACCEPTABLE', policyVersion: 1 },
  { label: 'Feb 2025', value: 0.5, status: 'TOLERATED', policyVersion: 1 },
  { label: 'Mar 2025', value: 0.9, status: 'UNACCEPTABLE', policyVersion: 2 },
  { label: 'Apr 2025', value: 0.3, status: 'INSUFFICIENT_DATA', policyVersion: 2 },
];

type SeriesItem = { value: [number, number | string]; symbol: string; itemStyle?: { color: string } };
interface Series {
  data: SeriesItem[];
  connectNulls: boolean;
  markArea: { data: [{ coord: number[]; itemStyle: { color: string } }, { coord: number[] }][] };
}

describe('sparklineOptions', () => {
  it('keeps null values as gaps, one x per month', () => {
    const option = sparklineOptions(POINTS, percent);
    const [series] = option.series as Series[];
    expect(series.data.map((item) => item.value)).toEqual([
      [0, '-'],
      [1, 0.25],
      [2, '-'],
      [3, 0.5],
      [4, '-'],
    ]);
    expect(series.connectNulls).toBe(false);
    expect(option.xAxis).toMatchObject({ min: -0.5, max: 4.5 });
    expect(series.markArea.data).toEqual([]);
  });

  it('shows month, value and status in the tooltip', () => {
    const tooltip = sparklineOptions(JUDGED, percent, [V1, V2], { TOLERATED: 'Tolerated' }).tooltip as {
      formatter: (params: { dataIndex: number }[]) => string;
    };
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('Feb 2025<br>50.0%<br>Tolerated');
    expect(tooltip.formatter([{ dataIndex: 9 }])).toBe('');
  });

  it('marks judged points by status colour and shape, the others not at all', () => {
    const [series] = sparklineOptions(JUDGED, percent, [V1, V2]).series as Series[];
    expect(series.data.map((item) => [item.symbol, item.itemStyle?.color])).toEqual([
      ['circle', STATUS_COLORS.ACCEPTABLE.text],
      ['triangle', STATUS_COLORS.TOLERATED.text],
      ['diamond', STATUS_COLORS.UNACCEPTABLE.text],
      ['none', undefined],
    ]);
  });

  it('draws the bands of each month’s version behind the line, within a y range that holds them', () => {
    const option = sparklineOptions(JUDGED, percent, [V1, V2, { ...V1, version: 9, toleratedMax: 50 }]);
    const [series] = option.series as Series[];
    const areas = series.markArea.data.map(([from, to]) => [from.itemStyle.color, from.coord[0], to.coord[0]]);
    expect(areas).toEqual([
      [BAND_COLORS.tolerated, -0.5, 1.5],
      [BAND_COLORS.acceptable, -0.5, 1.5],
      [BAND_COLORS.tolerated, -0.5, 1.5],
      [BAND_COLORS.tolerated, 1.5, 3.5],
      [BAND_COLORS.acceptable, 1.5, 3.5],
      [BAND_COLORS.tolerated, 1.5, 3.5],
    ]);
    // The unused version 9 does not stretch the axis.
    expect((option.yAxis as { max: number }).max).toBeLessThan(1);
  });
});

const RUNNING: SparkPoint[] = [
  { label: 'Oct 2026', value: 0.92, status: 'TOLERATED', policyVersion: 1 },
  { label: 'Nov 2026', value: 1.1, status: 'ACCEPTABLE', policyVersion: 1 },
  { label: 'Dec 2026', value: 0.95, status: 'TOLERATED', policyVersion: 1, partial: true },
];

describe('sparklineOptions with a partial (running) month', () => {
  it('draws the finished months solid and the running one hollow at the end of a dashed segment', () => {
    const [solid, dashed] = sparklineOptions(RUNNING, percent, [V1]).series as (Series & {
      lineStyle: { type?: string };
    })[];
    expect(solid.data.map((item) => item.value)).toEqual([
      [0, 0.92],
      [1, 1.1],
      [2, '-'],
    ]);
    expect(solid.lineStyle.type).toBeUndefined();
    expect(dashed.lineStyle.type).toBe('dashed');
    expect(dashed.data.map((item) => [item.value, item.symbol])).toEqual([
      [[0, '-'], 'none'],
      [[1, 1.1], 'none'],
      [[2, 0.95], 'emptyTriangle'],
    ]);
    expect(dashed.data[2].itemStyle?.color).toBe(STATUS_COLORS.TOLERATED.text);
  });

  it('keeps the running month’s band and its value in the y range', () => {
    const option = sparklineOptions(RUNNING, percent, [V1]);
    const [solid] = option.series as Series[];
    expect(solid.markArea.data.map(([from, to]) => [from.coord[0], to.coord[0]])).toContainEqual([-0.5, 2.5]);
    expect((option.yAxis as { min: number }).min).toBeLessThan(0.1);
  });

  it('marks an unjudged running month with a hollow circle, and leaves a month without value a gap', () => {
    const unjudged = sparklineOptions([{ label: 'Dec 2026', value: 3, partial: true }], percent).series as Series[];
    expect(unjudged[1].data[0].symbol).toBe('emptyCircle');
    const empty = sparklineOptions([{ label: 'Dec 2026', value: null, partial: true }], percent).series as Series[];
    expect(empty.map((series) => series.data[0].value)).toEqual([
      [0, '-'],
      [0, '-'],
    ]);
  });

  it('names the running month "to date" in the tooltip', () => {
    const tooltip = sparklineOptions(RUNNING, percent, [V1], { TOLERATED: 'Tolerated' }).tooltip as {
      formatter: (params: { dataIndex: number }[]) => string;
    };
    expect(tooltip.formatter([{ dataIndex: 2 }])).toBe('Dec 2026 (to date)<br>95.0%<br>Tolerated');
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('Nov 2026<br>110.0%');
  });
});

describe('sparklineSummary', () => {
  it('names a running last month "to date"', () => {
    expect(sparklineSummary('Won volume', RUNNING, percent)).toBe(
      'Won volume: trend from 92.0% in Oct 2026 to 95.0% in Dec 2026 (to date)',
    );
    expect(sparklineSummary('Won volume', RUNNING.slice(2), percent)).toBe(
      'Won volume: 95.0% in Dec 2026 (to date), no earlier values',
    );
  });

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

  it('describes the bands of the latest corridor, and says when earlier months had another', () => {
    expect(sparklineSummary('Win rate', JUDGED.slice(0, 2), percent, [V1, V2])).toBe(
      'Win rate: trend from 25.0% in Jan 2025 to 50.0% in Feb 2025. Shaded bands: acceptable 20.0% to 40.0%, ' +
        'tolerated 10.0% to 60.0% (corridor version 1)',
    );
    expect(sparklineSummary('Win rate', JUDGED, percent, [V1, V2])).toContain(
      'acceptable 30.0% to 40.0%, tolerated 10.0% to 60.0% (corridor version 2, earlier months by earlier versions)',
    );
  });

  it('puts open sides of a band in words', () => {
    expect(bandInWords(0.1, null, percent)).toBe('at least 10.0%');
    expect(bandInWords(null, 0.2, percent)).toBe('at most 20.0%');
    expect(bandInWords(null, null, percent)).toBe('any value');
  });
});

@Component({
  imports: [Sparkline],
  template: `<sd-sparkline [points]="points()" subject="Win rate" [formatValue]="format" [corridors]="corridors()" />`,
})
class Host {
  readonly points = signal<SparkPoint[]>(POINTS);
  readonly corridors = signal<CorridorBandVersion[]>([]);
  readonly format = percent;
}

describe('Sparkline', () => {
  it('is an image whose label summarises the line and its bands, and follows new points', async () => {
    TestBed.configureTestingModule({ providers: [provideChartsStub()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement.querySelector('sd-sparkline');
    expect(element.getAttribute('role')).toBe('img');
    expect(element.getAttribute('aria-label')).toBe('Win rate: trend from 25.0% in Feb 2025 to 50.0% in Apr 2025');
    expect(element.querySelector('[echarts]')?.getAttribute('aria-hidden')).toBe('true');

    fixture.componentInstance.points.set(JUDGED.slice(0, 2));
    fixture.componentInstance.corridors.set([V1]);
    await fixture.whenStable();
    expect(element.getAttribute('aria-label')).toContain('Shaded bands: acceptable 20.0% to 40.0%');
  });
});
