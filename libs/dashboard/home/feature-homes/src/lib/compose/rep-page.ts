import type { KpiTrendSeries, KpiValueDto, TeamMedianSeriesDto } from '@salesdash/dashboard/kpi/data-access';
import { trendPoints } from '@salesdash/dashboard/kpi/ui';
import type { ComparisonLine } from '@salesdash/dashboard/shared/ui-charts';
import { allowedBases, isKpiCode } from '@salesdash/shared/domain';

/**
 * Counts and amounts (new leads, won deals, won volume, activities, pipeline value) grow with the
 * team's size: beside one rep the team's value per rep is what compares. Rates, means and scores
 * compare as they are.
 */
export function comparedPerRep(kpi: string): boolean {
  return isKpiCode(kpi) && allowedBases(kpi).includes('PER_REP_MONTH');
}

/** A team's figure as it reads beside one rep's: per rep for counts and amounts; null without one. */
export function teamFigure(kpi: string, value: number | null, reps: number): number | null {
  if (value === null) {
    return null;
  }
  if (!comparedPerRep(kpi)) {
    return value;
  }
  return reps > 0 ? value / reps : null;
}

/** The team's value of a KPI and model for the period, as it reads beside the rep's. */
export function teamValueOf(values: readonly KpiValueDto[] | null, kpi: string, businessModel: string): number | null {
  const value = values?.find((v) => v.kpi === kpi && v.businessModel === businessModel);
  return value ? teamFigure(kpi, value.value, value.reps) : null;
}

/**
 * The team's line in a rep's trend: month by month the value the rep's line plots (the KPI's own value,
 * quota attainment of a running month on course), per rep for counts and amounts.
 */
export function teamLine(name: string, series: KpiTrendSeries | undefined, kpi: string): ComparisonLine | null {
  if (!series) {
    return null;
  }
  const plotted = trendPoints(series.points, 'VALUE', kpi);
  return {
    name,
    values: plotted.map((point, index) => teamFigure(kpi, point.value, series.points[index]?.reps ?? 0)),
  };
}

/**
 * The anonymous team median in a rep's own trend, month by month as the rep's line (a month the median
 * is withheld for, or the API left out, is a gap).
 */
export function medianLine(
  name: string,
  medians: TeamMedianSeriesDto | undefined,
  months: readonly { readonly from: string }[],
): ComparisonLine | null {
  if (!medians) {
    return null;
  }
  return {
    name,
    values: months.map((month) => medians.points.find((point) => point.from === month.from)?.median ?? null),
  };
}
