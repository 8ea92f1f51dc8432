import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { type FunnelBar, funnelBarsOptions } from './funnel-bars-options';

/**
 * A funnel drawn as horizontal bars, first step on top, each labelled with its figures. The picture is
 * hidden from screen readers; `summary` is what they hear (the page also shows the figures as a table).
 */
@Component({
  selector: 'sd-funnel-bars',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'summary()', '[style.--sd-funnel-steps]': 'bars().length' },
  template: `<div echarts class="chart" aria-hidden="true" [options]="options()"></div>`,
  styles: `
    :host {
      display: block;
      height: calc(var(--sd-funnel-steps, 7) * 2rem + 0.5rem);
      min-width: 0;
    }
    .chart {
      width: 100%;
      height: 100%;
    }
  `,
})
export class FunnelBars {
  /** First step first. */
  readonly bars = input.required<readonly FunnelBar[]>();
  /** The text alternative, e.g. "Funnel of Consumer loans: Suspect 1,234, …". */
  readonly summary = input.required<string>();
  /** The value axis' end, for funnels compared side by side; null: the largest bar. */
  readonly max = input<number | null>(null);

  protected readonly options = computed(() => funnelBarsOptions(this.bars(), this.max()));
}
