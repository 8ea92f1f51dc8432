import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { KpiStatus } from '@salesdash/shared/domain';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { CorridorBandVersion } from '../corridor/corridor-bands';
import type { ComparisonLine, SparkPoint, SparkValueFormatter } from '../sparkline/sparkline-options';
import { comparisonSummary, sparklineSummary } from '../sparkline/sparkline';
import { corridorTrendOptions } from './corridor-trend-options';

/**
 * A trend with axes and the corridor bands behind it, for editing a corridor: the bands of each
 * point's `policyVersion` are drawn like the sparkline's, with an optional comparison line; the summary
 * is what a screen reader hears.
 */
@Component({
  selector: 'sd-corridor-trend',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'summary()' },
  template: `<div
    echarts
    class="chart"
    aria-hidden="true"
    [options]="options()"
    (chartClick)="select($event)"
    [class.selectable]="selectable()"
  ></div>`,
  styles: `
    :host {
      display: block;
      height: var(--sd-corridor-trend-height, 16rem);
    }
    .chart {
      width: 100%;
      height: 100%;
    }
    .selectable {
      cursor: pointer;
    }
  `,
})
export class CorridorTrend {
  /** Oldest first. */
  readonly points = input.required<readonly SparkPoint[]>();
  readonly subject = input.required<string>();
  readonly formatValue = input.required<SparkValueFormatter>();
  readonly corridors = input<readonly CorridorBandVersion[]>([]);
  readonly statusLabels = input<Readonly<Partial<Record<KpiStatus, string>>>>({});
  /** A second line to read this one against (e.g. the team), named in the summary too. */
  readonly comparison = input<ComparisonLine | null>(null);
  /** Whether a click on a point means something (it then emits `pointSelect`); the page offers the same by keyboard. */
  readonly selectable = input(false);
  /** The index of the point (of `points`) clicked, when `selectable`. */
  readonly pointSelect = output<number>();

  protected readonly options = computed(() =>
    corridorTrendOptions(this.points(), this.formatValue(), this.corridors(), this.statusLabels(), this.comparison()),
  );
  protected readonly summary = computed(() =>
    comparisonSummary(
      sparklineSummary(this.subject(), this.points(), this.formatValue(), this.corridors()),
      this.points(),
      this.formatValue(),
      this.comparison(),
    ),
  );

  protected select(event: { dataIndex?: number }): void {
    if (this.selectable() && typeof event.dataIndex === 'number' && event.dataIndex < this.points().length) {
      this.pointSelect.emit(event.dataIndex);
    }
  }
}
