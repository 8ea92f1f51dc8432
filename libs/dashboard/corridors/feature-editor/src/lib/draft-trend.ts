import type { KpiPointDto } from '@salesdash/dashboard/kpi/data-access';
import { formatMonth } from '@salesdash/dashboard/kpi/ui';
import type { CorridorBandVersion, SparkPoint } from '@salesdash/dashboard/shared/ui-charts';
import { corridorBands, type KpiUnit, kpiStatus } from '@salesdash/shared/domain';
import { BOUND_FIELDS, type CorridorForm, fromFormValue } from './corridor-draft';

export interface DraftTrend {
  readonly points: readonly SparkPoint[];
  readonly corridors: readonly CorridorBandVersion[];
}

/**
 * The months of a trend judged by the draft instead of the corridors of their time: every point
 * carries the draft's version, so the chart draws the draft bands behind all of them. An unreadable
 * bound counts as open, as long as the field says what is wrong with it.
 */
export function draftTrend(
  points: readonly KpiPointDto[],
  form: CorridorForm,
  unit: KpiUnit,
  version: number,
): DraftTrend {
  const bound = (field: (typeof BOUND_FIELDS)[number]) => {
    const value = fromFormValue(form[field], unit);
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
  });
  return {
    points: points.map((point) => ({
      label: formatMonth(point.from),
      value: point.value,
      status: kpiStatus(point.value, point.sampleSize, bands),
      policyVersion: version,
    })),
    corridors: [draft],
  };
}
