import type { KpiStatus } from '@salesdash/shared/domain';
import { CHART_COLORS } from '../chart-theme';
import type { CorridorBandVersion } from '../corridor/corridor-bands';
import {
  type ComparisonLine,
  type SparklineOption,
  type SparkPoint,
  sparklineOptions,
  type SparkValueFormatter,
} from '../sparkline/sparkline-options';

/** Month labels shown on the x axis: about six, whatever the length of the trend. */
const X_LABELS = 6;

/**
 * The option of a larger trend with axes: the sparkline's line, status marks and corridor bands
 * (drawn the same way everywhere), an optional comparison line, plus month labels and values in the KPI's format on the axes.
 */
export function corridorTrendOptions(
  points: readonly SparkPoint[],
  format: SparkValueFormatter,
  corridors: readonly CorridorBandVersion[] = [],
  statusLabels: Readonly<Partial<Record<KpiStatus, string>>> = {},
  comparison: ComparisonLine | null = null,
): SparklineOption {
  const base = sparklineOptions(points, format, corridors, statusLabels, comparison);
  const step = Math.max(1, Math.ceil(points.length / X_LABELS));
  const monthTicks = points.map((_, index) => index).filter((index) => index % step === 0);
  const axisLabel = { color: CHART_COLORS.muted, fontSize: 11 };
  // The sparkline's ranges: months from −0.5 to n − 0.5, values with the bands and some air.
  const xRange = base.xAxis as { readonly min: number; readonly max: number };
  const yRange = base.yAxis as { readonly min: number; readonly max: number };
  return {
    ...base,
    grid: { left: 8, right: 16, top: 12, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: xRange.min,
      max: xRange.max,
      show: true,
      splitLine: { show: false },
      axisLine: { lineStyle: { color: CHART_COLORS.grid } },
      // The axis spans half a month beyond each end (for the bands), so its own ticks fall between months.
      axisTick: { customValues: monthTicks },
      axisLabel: {
        ...axisLabel,
        customValues: monthTicks,
        formatter: (value: number) => points[value]?.label ?? '',
      },
    },
    yAxis: {
      type: 'value',
      min: yRange.min,
      max: yRange.max,
      show: true,
      splitLine: { lineStyle: { color: CHART_COLORS.grid, type: 'dashed' } },
      // The range ends with some air at odd values; their labels would crowd the round ones.
      axisLabel: {
        ...axisLabel,
        showMinLabel: false,
        showMaxLabel: false,
        formatter: (value: number) => format(value),
      },
    },
  };
}
