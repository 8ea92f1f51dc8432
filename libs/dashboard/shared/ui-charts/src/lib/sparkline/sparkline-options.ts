import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkAreaComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { KpiStatus } from '@salesdash/shared/domain';
import { CHART_COLORS } from '../chart-theme';
import {
  type BandSegment,
  chartRange,
  corridorBandSegments,
  type CorridorBandVersion,
} from '../corridor/corridor-bands';
import { BAND_COLORS, STATUS_COLORS } from '../status-colors';

/**
 * One point of a small trend line; `value: null` is a gap (no data that month). `status` and
 * `policyVersion` come with the API's monthly points: the status colours and shapes the point, the
 * version picks the corridor band drawn behind that month.
 */
export interface SparkPoint {
  readonly label: string;
  readonly value: number | null;
  readonly status?: KpiStatus;
  readonly policyVersion?: number | null;
}

/** Formats a value as the page shows it (unit-aware: "42.3%", "€1.2M", "—" for null). */
export type SparkValueFormatter = (value: number | null) => string;

export type SparklineOption = ComposeOption<
  LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkAreaComponentOption
>;

/** A judged point gets its own shape as well as its colour, so status never rests on colour alone. */
const STATUS_SYMBOLS: Partial<Record<KpiStatus, string>> = {
  ACCEPTABLE: 'circle',
  TOLERATED: 'triangle',
  UNACCEPTABLE: 'diamond',
};

/** The corridor versions the points were judged by (the bands drawn, the range they need). */
export function versionsInUse(
  points: readonly SparkPoint[],
  corridors: readonly CorridorBandVersion[],
): CorridorBandVersion[] {
  const used = new Set(points.map((point) => point.policyVersion));
  return corridors.filter((corridor) => used.has(corridor.version));
}

function markArea(segments: readonly BandSegment[]): LineSeriesOption['markArea'] {
  return {
    silent: true,
    data: segments.map((segment) => [
      { coord: [segment.fromX, segment.minY], itemStyle: { color: BAND_COLORS[segment.kind] } },
      { coord: [segment.toX, segment.maxY] },
    ]),
  };
}

function pointData(point: SparkPoint, index: number): NonNullable<LineSeriesOption['data']>[number] {
  const symbol = point.status === undefined ? undefined : STATUS_SYMBOLS[point.status];
  if (point.value === null || symbol === undefined || point.status === undefined) {
    return { value: [index, point.value ?? '-'], symbol: 'none' };
  }
  return { value: [index, point.value], symbol, itemStyle: { color: STATUS_COLORS[point.status].text } };
}

/**
 * The ECharts option of a sparkline: no axes, gaps for null values, judged points marked by status,
 * the corridor bands of each month's version behind the line, the value (and status) in the tooltip.
 * The x axis counts months (0…n−1) so bands can change between two months.
 */
export function sparklineOptions(
  points: readonly SparkPoint[],
  format: SparkValueFormatter,
  corridors: readonly CorridorBandVersion[] = [],
  statusLabels: Readonly<Partial<Record<KpiStatus, string>>> = {},
): SparklineOption {
  const used = versionsInUse(points, corridors);
  const range = chartRange(
    points.map((point) => point.value),
    used,
  );
  const segments = corridorBandSegments(points, used, range);
  return {
    animation: false,
    grid: { left: 3, right: 3, top: 4, bottom: 4 },
    xAxis: { type: 'value', show: false, min: -0.5, max: Math.max(points.length, 1) - 0.5 },
    yAxis: { type: 'value', show: false, min: range.min, max: range.max },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', lineStyle: { color: CHART_COLORS.muted, width: 1 } },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const point = points[first?.dataIndex ?? -1];
        if (!point) {
          return '';
        }
        const status = point.status === undefined ? undefined : statusLabels[point.status];
        return [point.label, format(point.value), status].filter(Boolean).join('<br>');
      },
    },
    series: [
      {
        type: 'line',
        data: points.map(pointData),
        connectNulls: false,
        showSymbol: true,
        symbolSize: 5,
        lineStyle: { width: 1.5, color: CHART_COLORS.accent },
        itemStyle: { color: CHART_COLORS.accent },
        markArea: markArea(segments),
      },
    ],
  };
}
