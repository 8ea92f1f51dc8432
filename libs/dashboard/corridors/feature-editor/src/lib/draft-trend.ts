import type { CorridorTrendPointDto } from '@salesdash/dashboard/kpi/data-access';
import { formatMonth } from '@salesdash/dashboard/kpi/ui';
import type { CorridorBandVersion, SparkPoint } from '@salesdash/dashboard/shared/ui-charts';
import { corridorBands, type IsoDate, judgeKpi, type KpiCode } from '@salesdash/shared/domain';
import { BOUND_FIELDS, boundsOf, type CorridorForm } from './corridor-draft';

export interface DraftTrend {
  readonly points: readonly SparkPoint[];
  readonly corridors: readonly CorridorBandVersion[];
}

/**
 * The months of a trend judged by the draft instead of the corridors of their time: each point is the
 * judged value of the draft's basis (value, per rep and month, or share of the target to date) with its
 * status, and carries the draft's version, so the chart draws the draft bands behind all of them. A month
 * whose basis gives no judged value (no target, no rep) is a gap. The running month is judged on its
 * elapsed part, as the API sends it, and marked partial (the chart draws it hollow, "to date"). An
 * unreadable bound counts as open, as long as the field says what is wrong with it.
 */
export function draftTrend(
  points: readonly CorridorTrendPointDto[],
  form: CorridorForm,
  kpi: KpiCode,
  version: number,
  today: IsoDate,
): DraftTrend {
  const typed = boundsOf(form, kpi);
  const bound = (field: (typeof BOUND_FIELDS)[number]) => {
    const value = typed[field];
    return value === null || Number.isNaN(value) ? null : value;
  };
  const draft: CorridorBandVersion = {
    version,
    acceptableMin: bound('acceptableMin'),
    acceptableMax: bound('acceptableMax'),
    toleratedMin: bound('toleratedMin'),
    toleratedMax: bound('toleratedMax'),
  };
  const minSampleSize = Number(form.minSampleSize);
  const bands = corridorBands({
    ...draft,
    minSampleSize: Number.isInteger(minSampleSize) && minSampleSize >= 1 ? minSampleSize : 1,
    basis: form.basis,
  });
  return {
    points: points.map((point) => {
      const judgement = judgeKpi(point, bands);
      return {
        label: formatMonth(point.from),
        value: judgement.judgedValue,
        status: judgement.status,
        policyVersion: version,
        partial: point.from <= today && today < point.to,
      };
    }),
    corridors: [draft],
  };
}
