import { formatKpiValue, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { basisWording, type CorridorBasis, type KpiCode, kpiDefinition } from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

/** How bounds of a basis read in a sentence: "per rep and month", "as a share of the target to date". */
export function basisPhrase(basis: CorridorBasis, kpi: KpiCode): string {
  return CORRIDOR_EDITOR_TEXTS.editor.basis.phrases[basisWording(basis, kpi)];
}

/** The unit the bounds of a basis are typed in: "%", "count per rep and month", "% of target to date". */
export function boundUnitLabel(basis: CorridorBasis, kpi: KpiCode): string {
  const texts = CORRIDOR_EDITOR_TEXTS.editor;
  const unit = texts.units[kpiDefinition(kpi).unit] ?? '';
  return interpolate(texts.bandUnits[basisWording(basis, kpi)], { unit });
}

// A rep's month of leads is a small number: one decimal tells 4.5 from 4.
const PER_REP_COUNT = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 1 });

/**
 * A judged value as a number of its basis, short enough for a chart's axis: the KPI's format on VALUE
 * and per rep of a sum, percent for a share of target (1 = 100%), counts per rep to one decimal.
 */
export function formatJudged(value: number | null, kpi: KpiCode, basis: CorridorBasis): string {
  if (value === null || !Number.isFinite(value)) {
    return KPI_UI_TEXTS.missingValue;
  }
  const unit = kpiDefinition(kpi).unit;
  if (basis === 'SHARE_OF_TARGET') {
    return formatKpiValue(value, 'RATE');
  }
  return basis === 'PER_REP_MONTH' && unit === 'COUNT' ? PER_REP_COUNT.format(value) : formatKpiValue(value, unit);
}

/** A judged value that says its basis: "92.0% of target", "21.4 per rep-month", "€5.2M per rep"; as is on VALUE. */
export function judgedText(value: number | null, kpi: KpiCode, basis: CorridorBasis): string {
  const formatted = formatJudged(value, kpi, basis);
  const wording = basisWording(basis, kpi);
  return wording === 'VALUE' || value === null
    ? formatted
    : interpolate(CORRIDOR_EDITOR_TEXTS.judged[wording], { value: formatted });
}
