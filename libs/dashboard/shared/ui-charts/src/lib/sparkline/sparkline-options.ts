import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, MarkAreaComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiStatus } from '@salesdash/shared/domain';
import { CHART_COLORS } from '../chart-theme';
import {
  type BandSegment,
  chartRange,
  corridorBandSegments,
  type CorridorBandVersion,
} from '../corridor/corridor-bands';
import { BAND_COLORS, STATUS_COLORS } from '../status-colors';
import { SPARKLINE_TEXTS } from './sparkline.texts';

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
  /**
   * The running month (docs/kpis.md#running-periods): its value covers only the part elapsed so far. It is drawn
   * hollow at the end of a dashed segment and named "to date", so it never reads as a finished month.
   */
  readonly partial?: boolean;
}

/** A second line to read the first against (the team beside a rep), one value per point, drawn thin and dashed. */
export interface ComparisonLine {
  readonly name: string;
  readonly values: readonly (number | null)[];
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

/** The hollow twins of the status shapes (and a hollow circle when unjudged), for a partial month. */
const PARTIAL_SYMBOLS: Partial<Record<KpiStatus, string>> = {
  ACCEPTABLE: 'emptyCircle',
  TOLERATED: 'emptyTriangle',
  UNACCEPTABLE: 'emptyDiamond',
};
const PARTIAL_UNJUDGED_SYMBOL = 'emptyCircle';

/** A point's month as people read it: "Dec 2026", or "Dec 2026 (to date)" while it runs. */
export function sparkPointLabel(point: SparkPoint): string {
  return point.partial ? interpolate(SPARKLINE_TEXTS.partial, { label: point.label }) : point.label;
}

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

type SeriesItem = NonNullable<LineSeriesOption['data']>[number];

const GAP = '-';

function pointData(point: SparkPoint, index: number): SeriesItem {
  const symbol = point.status === undefined ? undefined : STATUS_SYMBOLS[point.status];
  if (point.value === null || symbol === undefined || point.status === undefined) {
    return { value: [index, point.value ?? GAP], symbol: 'none' };
  }
  return { value: [index, point.value], symbol, itemStyle: { color: STATUS_COLORS[point.status].text } };
}

function partialPointData(point: SparkPoint, index: number): SeriesItem {
  const symbol = point.status === undefined ? undefined : PARTIAL_SYMBOLS[point.status];
  const color =
    point.status === undefined || symbol === undefined ? CHART_COLORS.accent : STATUS_COLORS[point.status].text;
  return {
    value: [index, point.value ?? GAP],
    symbol: symbol ?? PARTIAL_UNJUDGED_SYMBOL,
    symbolSize: 7,
    itemStyle: { color, borderWidth: 1.5 },
  };
}

/**
 * The line in two series: the finished months solid, and a dashed segment from the last finished
 * month with a value to each partial month (drawn hollow). Both series hold one item per month (x =
 * its index), gaps as "-", so a tooltip's data index is the month's in either.
 */
function lineSeriesData(points: readonly SparkPoint[]): { solid: SeriesItem[]; dashed: SeriesItem[] } {
  const solid = points.map((point, index) =>
    point.partial ? { value: [index, GAP], symbol: 'none' } : pointData(point, index),
  );
  const dashed: SeriesItem[] = points.map((_, index) => ({ value: [index, GAP], symbol: 'none' }));
  points.forEach((point, index) => {
    if (!point.partial || point.value === null) {
      return;
    }
    const previous = index - 1;
    if (previous >= 0 && points[previous].value !== null) {
      dashed[previous] = { value: [previous, points[previous].value as number], symbol: 'none' };
    }
    dashed[index] = partialPointData(point, index);
  });
  return { solid, dashed };
}

/**
 * The ECharts option of a sparkline: no axes, gaps for null values, judged points marked by status,
 * the corridor bands of each month's version behind the line, the value (and status) in the tooltip,
 * a partial (running) month hollow at the end of a dashed segment and "to date" in its tooltip.
 * The x axis counts months (0…n−1) so bands can change between two months.
 */
export function sparklineOptions(
  points: readonly SparkPoint[],
  format: SparkValueFormatter,
  corridors: readonly CorridorBandVersion[] = [],
  statusLabels: Readonly<Partial<Record<KpiStatus, string>>> = {},
  comparison: ComparisonLine | null = null,
): SparklineOption {
  const used = versionsInUse(points, corridors);
  const range = chartRange([...points.map((point) => point.value), ...(comparison?.values ?? [])], used);
  const segments = corridorBandSegments(points, used, range);
  const { solid, dashed } = lineSeriesData(points);
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
        const compared = comparison
          ? `${comparison.name}: ${format(comparison.values[first?.dataIndex ?? -1] ?? null)}`
          : undefined;
        return [sparkPointLabel(point), format(point.value), status, compared].filter(Boolean).join('<br>');
      },
    },
    series: [
      {
        type: 'line',
        data: solid,
        connectNulls: false,
        showSymbol: true,
        symbolSize: 5,
        lineStyle: { width: 1.5, color: CHART_COLORS.accent },
        itemStyle: { color: CHART_COLORS.accent },
        markArea: markArea(segments),
      },
      {
        type: 'line',
        data: dashed,
        connectNulls: false,
        showSymbol: true,
        symbolSize: 7,
        lineStyle: { width: 1.5, color: CHART_COLORS.accent, type: 'dashed' },
        itemStyle: { color: CHART_COLORS.accent },
      },
      ...(comparison
        ? [
            {
              type: 'line' as const,
              name: comparison.name,
              data: points.map((_, index) => ({ value: [index, comparison.values[index] ?? GAP] })),
              connectNulls: false,
              showSymbol: false,
              lineStyle: { width: 1.5, color: CHART_COLORS.muted, type: 'dotted' as const },
              itemStyle: { color: CHART_COLORS.muted },
              z: 1,
            },
          ]
        : []),
    ],
  };
}
