import type {
  BusinessModelDto,
  CorridorDto,
  CorridorIndex,
  KpiDefinitionDto,
  KpiTrendSeries,
  KpiValueDto,
  TeamMedianDto,
} from '@salesdash/dashboard/kpi/data-access';
import {
  type ChangeText,
  changeTexts,
  formatJudgedValue,
  formatKpiValue,
  type KpiRunningFigures,
  kpiName,
  kpiTexts,
  rowsLink,
  type RowsLink,
  rowsLinkLabel,
  trendPoints,
} from '@salesdash/dashboard/kpi/ui';
import type { SparkPoint, SparkValueFormatter } from '@salesdash/dashboard/shared/ui-charts';
import type { KpiStatus, KpiUnit } from '@salesdash/shared/domain';
import { modelsWithData, NO_CORRIDORS, type ValuesPlace } from './matrix';

export const HEADLINE_KPI = 'QUOTA_ATTAINMENT';
export const VOLUME_KPI = 'WON_VOLUME';

export interface PerformanceRow extends KpiRunningFigures {
  readonly code: string;
  /** The KPI's name and definition in this build's language (the definition null for a code the catalogue does not know). */
  readonly name: string;
  readonly unit: KpiUnit;
  readonly description: string | null;
  readonly businessModel: string;
  readonly businessModelName: string;
  readonly value: number | null;
  /** The whole period's target. */
  readonly target: number | null;
  /**
   * value ÷ target to date (the target itself once the period has ended), when both exist and it is
   * not 0: the share the pace judges, so the two never disagree.
   */
  readonly ofTarget: number | null;
  readonly sampleSize: number;
  readonly status: KpiStatus;
  readonly policyVersion: number | null;
  /** The corridor version that judged the value, once known. */
  readonly corridor: CorridorDto | null;
  /**
   * Oldest first, on the basis the corridor judges (the running month partial); null while the trend
   * loads or when it failed.
   */
  readonly trend: readonly SparkPoint[] | null;
  /** Formats the trend's points: what the corridor judges, in words. */
  readonly formatTrend: SparkValueFormatter;
  /** The corridor versions behind the trend's months, for its bands. */
  readonly trendCorridors: readonly CorridorDto[];
  /** The anonymous median of the rep's team; null while it loads or when it failed. */
  readonly teamMedian: TeamMedianDto | null;
  readonly valueText: string;
  /** The rows behind the value, and what the link to them says; none where the page does not name them. */
  readonly rows: RowsLink | null;
  readonly rowsLabel: string;
  /** The value against the period before and last year. */
  readonly changes: readonly ChangeText[];
}

/** Quota attainment of one business model, with the won volume and its target behind it. */
export interface PerformanceHeadline {
  readonly businessModel: string;
  readonly businessModelName: string;
  readonly attainment: PerformanceRow | null;
  readonly volume: PerformanceRow | null;
}

export interface PerformanceView {
  readonly headlines: readonly PerformanceHeadline[];
  /** Every KPI of the catalogue (its order), one row per business model the rep has data in. */
  readonly rows: readonly PerformanceRow[];
}

/** The rows behind each month of a trend, in its order. */
export function monthRows(
  kpi: string,
  businessModel: string,
  months: readonly { readonly from: string; readonly to: string }[],
  scope: ValuesPlace['scope'],
): RowsLink[] {
  return months.map((month) => rowsLink({ kpi, businessModel, period: { from: month.from, to: month.to }, scope }));
}

export function ofTarget(value: number | null, target: number | null): number | null {
  return value === null || target === null || target === 0 ? null : value / target;
}

/**
 * The rep's page from the API's answers: their own figures (the API's default scope for a rep),
 * headline quota attainment per business model, every KPI with its target to date, % of it, pace and
 * forecast as the API gives them, its change against earlier periods, beside each the team median
 * (`medians` null while they load or when they failed) and — where `place` says where the values were
 * measured — the link to each value's rows.
 */
export function buildPerformance(
  catalogue: readonly KpiDefinitionDto[],
  models: readonly BusinessModelDto[],
  values: readonly KpiValueDto[],
  trend: readonly KpiTrendSeries[] | null,
  medians: readonly TeamMedianDto[] | null,
  corridors: CorridorIndex = NO_CORRIDORS,
  place: ValuesPlace | null = null,
): PerformanceView {
  const shown = modelsWithData(models, values);
  const rows = catalogue.flatMap((kpi) =>
    shown.flatMap((model): PerformanceRow[] => {
      const value = values.find((v) => v.kpi === kpi.code && v.businessModel === model.code);
      if (!value) {
        return [];
      }
      const series = trend?.find((s) => s.kpi === kpi.code && s.businessModel === model.code);
      const valueText = formatKpiValue(value.value, kpi.unit);
      return [
        {
          code: kpi.code,
          name: kpiName(kpi.code),
          unit: kpi.unit,
          description: kpiTexts(kpi.code)?.description ?? null,
          businessModel: model.code,
          businessModelName: model.name,
          value: value.value,
          target: value.target,
          ofTarget: ofTarget(value.value, value.targetToDate ?? value.target),
          targetToDate: value.targetToDate,
          forecast: value.forecast,
          pace: value.pace,
          basis: value.basis,
          judgedValue: value.judgedValue,
          sampleSize: value.sampleSize,
          status: value.status,
          policyVersion: value.policyVersion,
          corridor: corridors.find(model.code, kpi.code, value.policyVersion),
          trend: trend === null ? null : trendPoints(series?.points ?? [], value.basis, value.kpi),
          formatTrend: (judged) => formatJudgedValue(judged, value.basis, kpi.unit, kpi.code),
          trendCorridors: corridors.versions(model.code, kpi.code),
          teamMedian: medians?.find((m) => m.kpi === kpi.code && m.businessModel === model.code) ?? null,
          valueText,
          rows: place ? rowsLink({ kpi: kpi.code, businessModel: model.code, ...place }) : null,
          rowsLabel: rowsLinkLabel(kpi.code, model.name, valueText, value.sampleSize),
          changes: changeTexts(value.value, value.change, kpi.unit),
        },
      ];
    }),
  );
  const find = (code: string, model: string) =>
    rows.find((row) => row.code === code && row.businessModel === model) ?? null;
  const headlines = shown
    .map((model) => ({
      businessModel: model.code,
      businessModelName: model.name,
      attainment: find(HEADLINE_KPI, model.code),
      volume: find(VOLUME_KPI, model.code),
    }))
    .filter((headline) => headline.attainment !== null);
  return { headlines, rows };
}
