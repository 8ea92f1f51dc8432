import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Sparkline, type SparkValueFormatter } from '@salesdash/dashboard/shared/ui-charts';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiUnit } from '@salesdash/shared/domain';
import {
  basisInWords,
  forecastAhead,
  formatCount,
  formatForecast,
  formatJudgedValue,
  formatKpiValue,
  formatTargetToDate,
  sampleIsTheValue,
} from '../format/kpi-format';
import { changeTexts, type ChangeText } from '../format/kpi-change';
import { KpiPaceBadge } from '../kpi-pace/kpi-pace';
import { KpiStatusBadge } from '../kpi-status/kpi-status';
import { KpiChangeList, KpiValueLink, rowsLinkLabel } from '../kpi-value/kpi-value';
import { kpiName, kpiTexts } from '../kpi-catalogue.texts';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { KpiTileRow, KpiTileView } from '../models';

interface RowView extends KpiTileRow {
  readonly valueText: string;
  /** Null for a count, whose n is the value itself. */
  readonly sampleSizeText: string | null;
  /** "Target to date €209.5K of €1.6M", or "Target €1.6M" once the period has ended. */
  readonly targetText: string | null;
  /** "Forecast €1.5M of €1.6M" while the period runs. */
  readonly forecastText: string | null;
  readonly trendSubject: string;
  readonly formatTrend: SparkValueFormatter;
  /** The value against the period before and last year (when the page asked for it). */
  readonly changes: readonly ChangeText[];
  /** Read out for the link to the rows behind the value. */
  readonly rowsLabel: string;
}

function trendFormatter(row: KpiTileRow, unit: KpiUnit, kpi: string): SparkValueFormatter {
  return (value) => formatJudgedValue(value, row.basis, unit, kpi);
}

/**
 * One KPI: its name and journey stage, then per business model the value, the status (icon and
 * text), the target (to date) and the sample size n (not for counts, whose n is the value), the pace
 * and forecast while a period with a target runs, the change against the period before and last year,
 * and the 12-month trend on the basis its corridor judges. The value leads to the rows behind it.
 */
@Component({
  selector: 'sd-kpi-tile',
  imports: [Sparkline, KpiStatusBadge, KpiPaceBadge, KpiValueLink, KpiChangeList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-tile.html',
  styleUrl: './kpi-tile.css',
})
export class KpiTile {
  readonly tile = input.required<KpiTileView>();

  protected readonly texts = KPI_UI_TEXTS.tile;
  protected readonly statusLabels = KPI_UI_TEXTS.status;
  protected readonly headingId = computed(() => `sd-kpi-${this.tile().code.toLowerCase()}`);
  /** The KPI's name and definition in this build's language. */
  protected readonly name = computed(() => kpiName(this.tile().code));
  protected readonly description = computed(() => kpiTexts(this.tile().code)?.description ?? null);
  protected readonly stageLabel = computed(() => {
    const stage = this.tile().stage;
    return KPI_UI_TEXTS.stagesShort[stage] ?? KPI_UI_TEXTS.stages[stage] ?? stage;
  });
  protected readonly stageText = computed(() =>
    interpolate(this.texts.stage, { stage: KPI_UI_TEXTS.stages[this.tile().stage] ?? this.tile().stage }),
  );
  /** What n counts; null for a code the catalogue does not know. */
  protected readonly sampleSizeTitle = computed(() => {
    const texts = kpiTexts(this.tile().code);
    return texts ? interpolate(this.texts.sampleSizeOf, { what: texts.sampleSizeOf }) : null;
  });
  protected readonly rows = computed<readonly RowView[]>(() => {
    const { code, unit, rows } = this.tile();
    const name = this.name();
    const countsItsSample = sampleIsTheValue(code);
    return rows.map((row) => {
      const basis = basisInWords(row.basis, code);
      return {
        ...row,
        valueText: formatKpiValue(row.value, unit),
        sampleSizeText: countsItsSample ? null : interpolate(this.texts.sampleSize, { n: formatCount(row.sampleSize) }),
        targetText: formatTargetToDate(row.targetToDate ?? row.target, row.target, unit),
        forecastText: formatForecast(forecastAhead(row.value, row.forecast), row.target, unit),
        trendSubject:
          basis === null
            ? interpolate(this.texts.trendSubject, { kpi: name, model: row.businessModelName })
            : interpolate(this.texts.trendSubjectJudged, { kpi: name, basis, model: row.businessModelName }),
        formatTrend: trendFormatter(row, unit, code),
        changes: changeTexts(row.value, row.change, unit),
        rowsLabel: rowsLinkLabel(code, row.businessModelName, formatKpiValue(row.value, unit), row.sampleSize),
      };
    });
  });
}
