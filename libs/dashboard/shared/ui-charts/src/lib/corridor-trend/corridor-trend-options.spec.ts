import { comparisonSummary } from '../sparkline/sparkline';
import type { SparkPoint } from '../sparkline/sparkline-options';
import { corridorTrendOptions } from './corridor-trend-options';

const points: SparkPoint[] = Array.from({ length: 24 }, (_, index) => ({
  label: `M${index + 1}`,
  value: 20 + index,
  status: 'ACCEPTABLE',
  policyVersion: 4,
}));
const format = (value: number | null) => (value === null ? '—' : `${value} d`);

describe('corridorTrendOptions', () => {
  it('shows both axes: month labels at whole steps, values in the KPI format', () => {
    const option = corridorTrendOptions(points, format);
    const xAxis = option.xAxis as {
      show: boolean;
      axisLabel: { customValues: number[]; formatter: (v: number) => string };
    };
    const yAxis = option.yAxis as { show: boolean; axisLabel: { formatter: (v: number) => string } };
    expect(xAxis.show).toBe(true);
    expect(xAxis.axisLabel.customValues).toEqual([0, 4, 8, 12, 16, 20]);
    expect(xAxis.axisLabel.formatter(4)).toBe('M5');
    expect([option.xAxis, option.yAxis]).toMatchObject([{ min: -0.5, max: 23.5 }, {}]);
    expect(yAxis.show).toBe(true);
    expect(yAxis.axisLabel.formatter(30)).toBe('30 d');
  });

  it('draws the bands of the given corridor behind the line, as the sparkline does', () => {
    const corridor = { version: 4, acceptableMin: 25, acceptableMax: 35, toleratedMin: 20, toleratedMax: 40 };
    const option = corridorTrendOptions(points, format, [corridor]);
    const series = (option.series as { markArea: { data: unknown[] } }[])[0];
    expect(series.markArea.data).toHaveLength(3);
  });

  it('draws a comparison line in the same months, makes room for it, names it in the tooltip and the summary', () => {
    const team = { name: 'Team per rep', values: points.map((_, index) => (index === 0 ? null : 100 + index)) };
    const option = corridorTrendOptions(points, format, [], {}, team);
    const series = option.series as { name?: string; data: { value: [number, number | string] }[] }[];
    const line = series[2];
    expect(line.name).toBe('Team per rep');
    expect(line.data.slice(0, 2).map((item) => item.value)).toEqual([
      [0, '-'],
      [1, 101],
    ]);
    expect((option.yAxis as { max: number }).max).toBeGreaterThan(123);
    const tooltip = (option.tooltip as { formatter: (params: unknown) => string }).formatter([{ dataIndex: 1 }]);
    expect(tooltip).toContain('Team per rep: 101 d');
    expect(comparisonSummary('Rep: trend', points.slice(0, 3), format, team)).toBe(
      'Rep: trend. Team per rep: trend from 101 d in M2 to 102 d in M3',
    );
  });
});
