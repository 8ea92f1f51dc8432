import { CdkScrollable } from '@angular/cdk/scrolling';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiStatus, KpiUnit } from '@salesdash/shared/domain';
import {
  forecastAhead,
  formatCount,
  formatForecast,
  formatKpiValue,
  formatTargetToDate,
  sampleIsTheValue,
} from '../format/kpi-format';
import { changeTexts } from '../format/kpi-change';
import { KpiPaceBadge } from '../kpi-pace/kpi-pace';
import { KpiStatusBadge } from '../kpi-status/kpi-status';
import { KpiChangeList, KpiValueLink, rowsLinkLabel } from '../kpi-value/kpi-value';
import { kpiName, kpiTexts } from '../kpi-catalogue.texts';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { KpiRunningFigures, KpiValueExtras, StatusCorridor } from '../models';

export interface KpiMatrixColumn {
  readonly key: string;
  readonly label: string;
}

/**
 * One figure of the API, with its target to date, forecast, pace and what its corridor judged; null
 * where the API gave none (the cell shows "—").
 */
export interface KpiMatrixCell extends KpiRunningFigures, KpiValueExtras {
  readonly value: number | null;
  readonly sampleSize: number;
  readonly target: number | null;
  readonly status: KpiStatus;
  readonly policyVersion: number | null;
  /** The details of that corridor version, once known. */
  readonly corridor: StatusCorridor | null;
}

/** One KPI of the matrix, named and described by `KPI_CATALOGUE_TEXTS` in this build's language. */
export interface KpiMatrixRow {
  readonly code: string;
  readonly unit: KpiUnit;
  /** By column key. */
  readonly cells: Readonly<Record<string, KpiMatrixCell | null | undefined>>;
}

/**
 * A compact table of KPIs (rows) by business model, region or team (columns): each cell the value,
 * its status against the corridor, the pace, the target (to date) and forecast where there is a
 * target, the sample size (not for counts, whose n is the value) and the change against the period
 * before and last year where the page asked for it; the value leads to the rows behind it. Every
 * figure is the API's.
 */
@Component({
  selector: 'sd-kpi-matrix',
  imports: [CdkScrollable, KpiStatusBadge, KpiPaceBadge, KpiValueLink, KpiChangeList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-matrix.html',
  styleUrl: './kpi-matrix.css',
})
export class KpiMatrix {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly KpiMatrixColumn[]>();
  readonly rows = input.required<readonly KpiMatrixRow[]>();
  /** The first column's heading. */
  readonly kpiHeading = input<string>(KPI_UI_TEXTS.matrix.kpi);

  protected readonly body = computed(() =>
    this.rows().map((row) => {
      const countsItsSample = sampleIsTheValue(row.code);
      return {
        ...row,
        name: kpiName(row.code),
        description: kpiTexts(row.code)?.description ?? null,
        cells: this.columns().map((column) => {
          const cell = row.cells[column.key];
          return {
            key: column.key,
            figure: cell ?? null,
            value: formatKpiValue(cell?.value ?? null, row.unit),
            missing: cell === null || cell === undefined || cell.value === null,
            sampleSize:
              cell && !countsItsSample
                ? interpolate(KPI_UI_TEXTS.tile.sampleSize, { n: formatCount(cell.sampleSize) })
                : '',
            target: cell ? (formatTargetToDate(cell.targetToDate ?? cell.target, cell.target, row.unit) ?? '') : '',
            forecast: cell
              ? (formatForecast(forecastAhead(cell.value, cell.forecast), cell.target, row.unit) ?? '')
              : '',
            changes: cell ? changeTexts(cell.value, cell.change, row.unit) : [],
            rows: cell?.rows ?? null,
            rowsLabel: cell
              ? rowsLinkLabel(row.code, column.label, formatKpiValue(cell.value, row.unit), cell.sampleSize)
              : '',
          };
        }),
      };
    }),
  );
}
