import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Sparkline, type SparkValueFormatter } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { formatCount, formatKpiValue } from '../format/kpi-format';
import { KpiStatusBadge } from '../kpi-status/kpi-status';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { KpiTileRow, KpiTileView } from '../models';

interface RowView extends KpiTileRow {
  readonly valueText: string;
  readonly sampleSizeText: string;
  readonly targetText: string | null;
  readonly trendSubject: string;
}

/**
 * One KPI: its name and journey stage, then per business model the value, the sample size n, the
 * target (when there is one), the status (icon and text) and the 12-month trend.
 */
@Component({
  selector: 'sd-kpi-tile',
  imports: [Sparkline, KpiStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-tile.html',
  styleUrl: './kpi-tile.css',
})
export class KpiTile {
  readonly tile = input.required<KpiTileView>();

  protected readonly texts = KPI_UI_TEXTS.tile;
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly headingId = computed(() => `sd-kpi-${this.tile().code.toLowerCase()}`);
  protected readonly stageLabel = computed(() => {
    const stage = this.tile().stage;
    return KPI_UI_TEXTS.stagesShort[stage] ?? KPI_UI_TEXTS.stages[stage] ?? stage;
  });
  protected readonly stageText = computed(() =>
    interpolate(this.texts.stage, { stage: KPI_UI_TEXTS.stages[this.tile().stage] ?? this.tile().stage }),
  );
  protected readonly sampleSizeTitle = computed(() =>
    interpolate(this.texts.sampleSizeOf, { what: this.tile().sampleSizeOf }),
  );
  protected readonly format = computed<SparkValueFormatter>(() => {
    const unit = this.tile().unit;
    return (value) => formatKpiValue(value, unit);
  });
  protected readonly rows = computed<readonly RowView[]>(() => {
    const { name, unit, rows } = this.tile();
    return rows.map((row) => ({
      ...row,
      valueText: formatKpiValue(row.value, unit),
      sampleSizeText: interpolate(this.texts.sampleSize, { n: formatCount(row.sampleSize) }),
      targetText:
        row.target === null ? null : interpolate(this.texts.target, { target: formatKpiValue(row.target, unit) }),
      trendSubject: interpolate(this.texts.trendSubject, { kpi: name, model: row.businessModelName }),
    }));
  });
}
