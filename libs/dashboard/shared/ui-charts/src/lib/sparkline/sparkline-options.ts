import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHART_COLORS } from '../chart-theme';

/** One point of a small trend line; `value: null` is a gap (no data that month). */
export interface SparkPoint {
  readonly label: string;
  readonly value: number | null;
}

/** Formats a value as the page shows it (unit-aware: "42.3%", "€1.2M", "—" for null). */
export type SparkValueFormatter = (value: number | null) => string;

export type SparklineOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

/** The ECharts option of a sparkline: no axes, gaps for null values, the value in the tooltip. */
export function sparklineOptions(points: readonly SparkPoint[], format: SparkValueFormatter): SparklineOption {
  return {
    animation: false,
    grid: { left: 3, right: 3, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: points.map((p) => p.label) },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', lineStyle: { color: CHART_COLORS.muted, width: 1 } },
      valueFormatter: (value) => format(typeof value === 'number' && Number.isFinite(value) ? value : null),
    },
    series: [
      {
        type: 'line',
        data: points.map((p) => p.value),
        connectNulls: false,
        showSymbol: false,
        symbolSize: 5,
        lineStyle: { width: 1.5, color: CHART_COLORS.accent },
        itemStyle: { color: CHART_COLORS.accent },
        areaStyle: { color: CHART_COLORS.accent, opacity: 0.08 },
      },
    ],
  };
}
