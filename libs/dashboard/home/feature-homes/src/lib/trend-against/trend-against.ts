import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CorridorDto } from '@salesdash/dashboard/kpi/data-access';
import { KPI_UI_TEXTS, type RowsLink } from '@salesdash/dashboard/kpi/ui';
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
  /** Each month's rows (of `points`, in their order); none where the page cannot name them. */
  readonly monthRows?: readonly RowsLink[] | null;
}

/**
 * A person's trend against a comparison line (a rep against their team, or against the team median)
 * with the legend naming both lines; a month's point — or its link below the chart, by keyboard — opens
 * the rows behind that month's value.
 */
@Component({
  selector: 'sd-trend-against',
  imports: [CorridorTrend, RouterLink],
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
      [selectable]="months().length > 0"
      (pointSelect)="openMonth($event)"
    />
    <p class="legend">
      <span class="swatch" aria-hidden="true" [style.border-color]="colors.own"></span>{{ ownLabel() }}
      @if (chart().comparison; as comparison) {
        <span class="swatch dotted" aria-hidden="true" [style.border-color]="colors.comparison"></span
        >{{ comparison.name }}
      }
    </p>
    @if (months().length > 0) {
      <nav class="months" [attr.aria-label]="texts.monthRows">
        <span aria-hidden="true">{{ texts.monthRows }}:</span>
        @for (month of months(); track month.label) {
          <a [routerLink]="month.link.path" [queryParams]="month.link.queryParams">{{ month.label }}</a>
        }
      </nav>
    }
  `,
  styleUrls: ['../home.css'],
})
export class TrendAgainst {
  readonly chart = input.required<TrendAgainstChart>();
  /** The name of the person's own line in the legend. */
  readonly ownLabel = input.required<string>();
  readonly chartTestId = input<string | null>(null);

  private readonly router = inject(Router);
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly texts = KPI_UI_TEXTS.trend;
  protected readonly months = computed(() => {
    const links = this.chart().monthRows ?? [];
    return this.chart().points.flatMap((point, index) => {
      const link = links[index];
      return link ? [{ label: point.label, link }] : [];
    });
  });
  protected readonly colors = { own: CHART_COLORS.accent, comparison: CHART_COLORS.muted };

  protected openMonth(index: number): void {
    const link = this.chart().monthRows?.[index];
    if (link) {
      void this.router.navigate(link.path, { queryParams: link.queryParams });
    }
  }
}
