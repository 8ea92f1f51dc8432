import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { NgxEchartsDirective } from 'ngx-echarts';
import { type SparkPoint, sparklineOptions, type SparkValueFormatter } from './sparkline-options';
import { SPARKLINE_TEXTS } from './sparkline.texts';

const plainNumber: SparkValueFormatter = (value) => (value === null ? '—' : String(value));

/** The text a screen reader hears instead of the picture: the first and the last value of the line. */
export function sparklineSummary(subject: string, points: readonly SparkPoint[], format: SparkValueFormatter): string {
  const known = points.filter((p) => p.value !== null);
  if (known.length === 0) {
    return interpolate(SPARKLINE_TEXTS.empty, { subject });
  }
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length === 1) {
    return interpolate(SPARKLINE_TEXTS.single, { subject, value: format(first.value), label: first.label });
  }
  return interpolate(SPARKLINE_TEXTS.trend, {
    subject,
    first: format(first.value),
    firstLabel: first.label,
    last: format(last.value),
    lastLabel: last.label,
  });
}

/** A small trend line without axes; the value of a point shows in a tooltip on hover. */
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

  protected readonly options = computed(() => sparklineOptions(this.points(), this.formatValue()));
  protected readonly summary = computed(() => sparklineSummary(this.subject(), this.points(), this.formatValue()));
}
