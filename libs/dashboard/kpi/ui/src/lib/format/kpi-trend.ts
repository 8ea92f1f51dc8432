import type { SparkPoint } from '@salesdash/dashboard/shared/ui-charts';
import { type CorridorBasis, judgedValueOf, type KpiStatus } from '@salesdash/shared/domain';
import { formatMonth } from './kpi-format';

/** One month of a KPI's trend as the API gives it (`KpiPoint`), partial while it runs. */
export interface TrendMonth {
  readonly from: string;
  readonly value: number | null;
  readonly status: KpiStatus;
  readonly policyVersion: number | null;
  readonly basis: CorridorBasis | null;
  readonly judgedValue: number | null;
  readonly targetToDate: number | null;
  readonly reps: number;
  readonly months: number;
  /** The month had not ended: its figures cover the elapsed days. */
  readonly partial?: boolean;
}

/**
 * Quota attainment sets what was won so far against the whole month's target (docs/kpis.md#QUOTA_ATTAINMENT), so
 * a running month would plunge. Divided by the share of the month that has elapsed it is won volume against the
 * target to date (exactly so for monthly targets): the attainment the month is on course for.
 */
function quotaOnCourse(month: TrendMonth): number | null {
  return month.value !== null && month.months > 0 ? month.value / month.months : month.value;
}

/**
 * A KPI's months as sparkline points on the basis its corridor judges now (docs/corridors.md#basis): the value
 * itself, or — for a count or sum judged per rep and month or as a share of the target to date — the
 * judged value. That keeps the corridor's bands in the same units as the line, and a running month
 * judged on its elapsed part sits among the finished ones instead of dropping. A month judged on
 * another basis (an older corridor version) is put on this one, without its band.
 */
export function trendPoints(months: readonly TrendMonth[], basis: CorridorBasis | null, kpi: string): SparkPoint[] {
  const plotted = basis ?? 'VALUE';
  return months.map((month) => {
    const sameBasis = (month.basis ?? 'VALUE') === plotted;
    const value =
      plotted !== 'VALUE'
        ? sameBasis
          ? month.judgedValue
          : judgedValueOf(plotted, month)
        : kpi === 'QUOTA_ATTAINMENT' && month.partial === true
          ? quotaOnCourse(month)
          : month.value;
    return {
      label: formatMonth(month.from),
      value,
      status: month.status,
      policyVersion: sameBasis ? month.policyVersion : null,
      partial: month.partial === true,
    };
  });
}
