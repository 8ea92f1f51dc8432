import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { type HeatCell, heatmapOptions, type HeatScale } from './heatmap-options';

/**
 * A rows × columns heatmap with a label in every cell. The picture is hidden from screen readers:
 * `summary` is what they hear, and a page shows the same figures as a table for the keyboard. A click
 * on a cell says which (`cellClick`), for a page to act on it (the table offers the same).
 */
@Component({
  selector: 'sd-heatmap',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'summary()', '[style.--sd-heatmap-rows]': 'rows().length' },
  template: `<div echarts class="chart" aria-hidden="true" [options]="options()" (chartClick)="clicked($event)"></div>`,
  styles: `
    :host {
      display: block;
      height: calc(var(--sd-heatmap-rows, 7) * 2.5rem + 2.5rem);
    }
    .chart {
      width: 100%;
      height: 100%;
    }
  `,
})
export class Heatmap {
  readonly columns = input.required<readonly string[]>();
  /** First row on top. */
  readonly rows = input.required<readonly string[]>();
  readonly cells = input.required<readonly HeatCell[]>();
  readonly scale = input<HeatScale>('DIVERGING');
  readonly summary = input.required<string>();
  /** The cell clicked: its index in `cells`. */
  readonly cellClick = output<number>();

  protected readonly options = computed(() => heatmapOptions(this.columns(), this.rows(), this.cells(), this.scale()));

  protected clicked(event: unknown): void {
    const index = (event as { dataIndex?: unknown } | null)?.dataIndex;
    if (typeof index === 'number' && index >= 0 && index < this.cells().length) {
      this.cellClick.emit(index);
    }
  }
}
