import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHART_COLORS } from '../chart-theme';

export type FunnelBarsOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** One step of a funnel: its name, how many reached it, and the label drawn beside the bar. */
export interface FunnelBar {
  readonly name: string;
  readonly value: number;
  /** Beside the bar, e.g. "1,234 · 62.0%"; also the tooltip's line. */
  readonly label: string;
}

/** Lighter towards the end of the funnel, so the steps read as one flow in one hue. */
const STEP_COLORS = ['#1f5fbf', '#2a68c4', '#3572c9', '#417ccd', '#4c86d2', '#5890d6', '#639adb', '#6fa4df'];

/**
 * A funnel as horizontal bars, the first step on top: one bar per step, its length the count, the
 * label beside it. `max` fixes the value axis (the same scale for funnels shown side by side).
 */
export function funnelBarsOptions(bars: readonly FunnelBar[], max: number | null = null): FunnelBarsOption {
  return {
    animation: false,
    // Room on the right for the longest label ("10,661 · 100.0%") beside a full-length bar.
    grid: { left: 8, right: 124, top: 4, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const bar = bars[index];
        return bar ? `${escapeHtml(bar.name)}: ${escapeHtml(bar.label)}` : '';
      },
    },
    xAxis: { type: 'value', show: false, min: 0, ...(max !== null && max > 0 ? { max } : {}) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.name),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: { color: CHART_COLORS.text, fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        barMinHeight: 2,
        data: bars.map((bar, index) => ({
          value: bar.value,
          itemStyle: { color: STEP_COLORS[Math.min(index, STEP_COLORS.length - 1)], borderRadius: [0, 3, 3, 0] },
        })),
        label: {
          show: true,
          position: 'right',
          color: CHART_COLORS.text,
          fontSize: 12,
          formatter: (params: unknown) => bars[(params as { dataIndex: number }).dataIndex]?.label ?? '',
        },
      },
    ],
  };
}

/** Tooltips are HTML: names come from data. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
