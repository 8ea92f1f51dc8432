import type { HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { CHART_COLORS } from '../chart-theme';
import { escapeHtml } from '../funnel-bars/funnel-bars-options';
import { contrastRatio } from '../status-colors';

export type HeatmapOption = ComposeOption<HeatmapSeriesOption | GridComponentOption | TooltipComponentOption>;

/**
 * How a value's position (0..1) is coloured: DIVERGING from bad (0, red) over neutral to good (1,
 * green); SEQUENTIAL from little (0, pale) to much (1, deep blue), judging nothing.
 */
export type HeatScale = 'DIVERGING' | 'SEQUENTIAL';

/** One cell of a heatmap: where it sits, its colour position and what it says. */
export interface HeatCell {
  readonly column: number;
  readonly row: number;
  /** 0..1 on the scale. */
  readonly position: number;
  /** Drawn in the cell, e.g. "⚑ 2.9" (icons and text, never colour alone). */
  readonly label: string;
  /** The tooltip's text. */
  readonly tooltip: string;
  /** Too few data to judge: drawn faint with a dashed border. */
  readonly muted: boolean;
  /** Marked with a dark border (e.g. a flagged moment), besides its label's icon. */
  readonly marked: boolean;
}

const SCALES: Readonly<Record<HeatScale, readonly string[]>> = {
  DIVERGING: ['#b3261e', '#e8907f', '#f4efe4', '#8fcaa0', '#1b6e3a'],
  SEQUENTIAL: ['#eef3fb', '#c4d6f1', '#8fb1e3', '#4c82cf', '#1f4f99'],
};

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

function hex(channels: readonly number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The fill of a position (clamped to 0..1) on a scale: linear between the scale's stops. */
export function heatColor(position: number, scale: HeatScale): string {
  const stops = SCALES[scale];
  const t = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 0)) * (stops.length - 1);
  const index = Math.min(stops.length - 2, Math.floor(t));
  const [from, to] = [rgb(stops[index]), rgb(stops[index + 1])];
  const share = t - index;
  return hex(from.map((channel, i) => channel + (to[i] - channel) * share));
}

/**
 * Black or white, whichever reads better on the fill. Pure black (not the text colour): only then does
 * every fill, mid-tones included, reach WCAG AA (4.5:1) with one of the two.
 */
export function labelColor(fill: string): string {
  return contrastRatio('#000000', fill) >= contrastRatio('#ffffff', fill) ? '#000000' : '#ffffff';
}

/** A muted cell: its fill mixed half with the surface, so it reads as "not judged". */
export function mutedColor(fill: string): string {
  return hex(rgb(fill).map((channel) => channel + (255 - channel) * 0.6));
}

/**
 * A heatmap of rows × columns (first row on top): each cell filled by its position on the scale, its
 * label inside, a muted cell faint with a dashed border, a marked one with a dark frame.
 */
export function heatmapOptions(
  columns: readonly string[],
  rows: readonly string[],
  cells: readonly HeatCell[],
  scale: HeatScale,
): HeatmapOption {
  const axisLabel = { color: CHART_COLORS.text, fontSize: 12 };
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => escapeHtml(cells[(params as { dataIndex: number }).dataIndex]?.tooltip ?? ''),
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: [...columns],
      axisTick: { show: false },
      axisLine: { show: false },
      splitArea: { show: false },
      axisLabel: { ...axisLabel, interval: 0 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...rows],
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel,
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((cell) => {
          const fill = heatColor(cell.position, scale);
          const shown = cell.muted ? mutedColor(fill) : fill;
          return {
            value: [cell.column, cell.row, cell.position],
            itemStyle: {
              color: shown,
              borderColor: cell.marked ? CHART_COLORS.text : cell.muted ? CHART_COLORS.muted : CHART_COLORS.surface,
              borderWidth: cell.marked ? 2.5 : cell.muted ? 1 : 2,
              borderType: cell.muted && !cell.marked ? 'dashed' : 'solid',
            },
            label: { color: labelColor(shown) },
          };
        }),
        label: {
          show: true,
          fontSize: 12,
          formatter: (params: unknown) => cells[(params as { dataIndex: number }).dataIndex]?.label ?? '',
        },
        emphasis: { itemStyle: { borderColor: CHART_COLORS.accent, borderWidth: 2 } },
      },
    ],
  };
}
