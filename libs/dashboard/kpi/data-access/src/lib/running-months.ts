import { periodProgress } from '@salesdash/shared/domain';
import type { KpiSeriesDto, KpiTrendPoint, KpiTrendSeries } from './kpi.models';

/**
 * The months of a trend as they stood at `asOf` (docs/kpis.md#running-periods): a month that had not ended is
 * partial (its figures cover the elapsed days, so it must not be drawn as a finished month), and a
 * month that had not started is left out (nothing could have happened in it yet).
 */
export function markRunningMonths(series: readonly KpiSeriesDto[], asOf: Date): KpiTrendSeries[] {
  return series.map((one) => ({
    ...one,
    points: one.points.flatMap((point): KpiTrendPoint[] => {
      const { phase } = periodProgress({ from: point.from, to: point.to }, asOf);
      return phase === 'NOT_STARTED' ? [] : [{ ...point, partial: phase === 'RUNNING' }];
    }),
  }));
}
