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
});
