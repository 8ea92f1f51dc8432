import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CorridorDto } from '@salesdash/dashboard/kpi/data-access';
import { KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import {
  CHART_COLORS,
  type ComparisonLine,
  CorridorTrend,
  type SparkPoint,
  type SparkValueFormatter,
} from '@salesdash/dashboard/shared/ui-charts';

/** One KPI's months for a person, the line to read them against, and how to draw and say both. */
export interface TrendAgainstChart {
  readonly points: readonly SparkPoint[];
  readonly comparison: ComparisonLine | null;
  readonly corridors: readonly CorridorDto[];
  readonly subject: string;
  readonly format: SparkValueFormatter;
}

/**
 * A person's trend against a comparison line (a rep against their team, or against the team median)
 * with the legend naming both lines.
 */
@Component({
  selector: 'sd-trend-against',
  imports: [CorridorTrend],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <sd-corridor-trend
      [attr.data-testid]="chartTestId()"
      [points]="chart().points"
      [subject]="chart().subject"
      [formatValue]="chart().format"
      [corridors]="chart().corridors"
      [statusLabels]="statusLabels"
      [comparison]="chart().comparison"
    />
    <p class="legend">
      <span class="swatch" aria-hidden="true" [style.border-color]="colors.own"></span>{{ ownLabel() }}
      @if (chart().comparison; as comparison) {
        <span class="swatch dotted" aria-hidden="true" [style.border-color]="colors.comparison"></span
        >{{ comparison.name }}
      }
    </p>
  `,
  styleUrls: ['../home.css'],
})
export class TrendAgainst {
  readonly chart = input.required<TrendAgainstChart>();
  /** The name of the person's own line in the legend. */
  readonly ownLabel = input.required<string>();
  readonly chartTestId = input<string | null>(null);

  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly colors = { own: CHART_COLORS.accent, comparison: CHART_COLORS.muted };
}
