import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { KpiStatus } from '@salesdash/shared/domain';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { CorridorBandVersion } from '../corridor/corridor-bands';
import {
  type ComparisonLine,
  type SparkPoint,
  sparkPointLabel,
  sparklineOptions,
  type SparkValueFormatter,
  versionsInUse,
} from './sparkline-options';
import { SPARKLINE_TEXTS } from './sparkline.texts';

const plainNumber: SparkValueFormatter = (value) => (value === null ? '—' : String(value));

/** A band in words: "10 days to 35 days", "at least 10 days", "any value". */
export function bandInWords(min: number | null, max: number | null, format: SparkValueFormatter): string {
  if (min !== null && max !== null) {
    return interpolate(SPARKLINE_TEXTS.range, { min: format(min), max: format(max) });
  }
  if (min !== null) {
    return interpolate(SPARKLINE_TEXTS.atLeast, { min: format(min) });
  }
  return max !== null ? interpolate(SPARKLINE_TEXTS.atMost, { max: format(max) }) : SPARKLINE_TEXTS.anyValue;
}

function lineSummary(subject: string, points: readonly SparkPoint[], format: SparkValueFormatter): string {
  const known = points.filter((p) => p.value !== null);
  if (known.length === 0) {
    return interpolate(SPARKLINE_TEXTS.empty, { subject });
  }
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length === 1) {
    return interpolate(SPARKLINE_TEXTS.single, { subject, value: format(first.value), label: sparkPointLabel(first) });
  }
  return interpolate(SPARKLINE_TEXTS.trend, {
    subject,
    first: format(first.value),
    firstLabel: sparkPointLabel(first),
    last: format(last.value),
    lastLabel: sparkPointLabel(last),
  });
}

/** A summary with the comparison line's own trend after it (in the main line's months). */
export function comparisonSummary(
  summary: string,
  points: readonly SparkPoint[],
  format: SparkValueFormatter,
  comparison: ComparisonLine | null,
): string {
  if (!comparison) {
    return summary;
  }
  const line = points.map((point, index) => ({
    label: point.label,
    partial: point.partial,
    value: comparison.values[index] ?? null,
  }));
  return `${summary}. ${lineSummary(comparison.name, line, format)}`;
}

/**
 * The text a screen reader hears instead of the picture: the first and the last value of the line
 * (a running month named "to date") and, when bands are drawn, the corridor of the latest month that has one (the bands' legend).
 */
export function sparklineSummary(
  subject: string,
  points: readonly SparkPoint[],
  format: SparkValueFormatter,
  corridors: readonly CorridorBandVersion[] = [],
): string {
  const summary = lineSummary(subject, points, format);
  const used = versionsInUse(points, corridors);
  const latestVersion = [...points]
    .reverse()
    .find((point) => used.some((c) => c.version === point.policyVersion))?.policyVersion;
  const latest = used.find((corridor) => corridor.version === latestVersion);
  if (!latest) {
    return summary;
  }
  return interpolate(used.length > 1 ? SPARKLINE_TEXTS.bandsChanged : SPARKLINE_TEXTS.bands, {
    summary,
    acceptable: bandInWords(latest.acceptableMin, latest.acceptableMax, format),
    tolerated: bandInWords(latest.toleratedMin, latest.toleratedMax, format),
    version: latest.version,
  });
}

/**
 * A small trend line without axes, the corridor bands of each month behind it and judged months
 * marked by status (colour and shape); a point's value and status show in a tooltip on hover.
 */
@Component({
  selector: 'sd-sparkline',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'summary()' },
  template: `<div echarts class="chart" aria-hidden="true" [options]="options()"></div>`,
  styles: `
    :host {
      display: block;
      height: var(--sd-sparkline-height, 2.25rem);
      min-width: 4rem;
    }
    .chart {
      width: 100%;
      height: 100%;
    }
  `,
})
export class Sparkline {
  /** Oldest first. */
  readonly points = input.required<readonly SparkPoint[]>();
  /** What the line shows, e.g. "Win rate, Consumer loans"; starts the accessible summary. */
  readonly subject = input.required<string>();
  readonly formatValue = input<SparkValueFormatter>(plainNumber);
  /** The corridor versions of this KPI and business model; each point's `policyVersion` picks one. */
  readonly corridors = input<readonly CorridorBandVersion[]>([]);
  /** Status names for the tooltip. */
  readonly statusLabels = input<Readonly<Partial<Record<KpiStatus, string>>>>({});

  protected readonly options = computed(() =>
    sparklineOptions(this.points(), this.formatValue(), this.corridors(), this.statusLabels()),
  );
  protected readonly summary = computed(() =>
    sparklineSummary(this.subject(), this.points(), this.formatValue(), this.corridors()),
  );
}
