import { DASHBOARD_LOCALE } from '@salesdash/dashboard/shared/util-i18n';
import {
  basisName,
  boundNumber as boundNumberIn,
  boundText as boundTextIn,
  type CorridorBasis,
  type CorridorBounds,
  type CorridorWording,
  describeCorridor,
  type KpiCode,
} from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const NUMBER_FORMAT = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 4 });

/** The shared corridor wording in the build's language. */
const WORDING: CorridorWording = {
  ...CORRIDOR_EDITOR_TEXTS.words,
  formatNumber: (value) => NUMBER_FORMAT.format(value),
};

/** A bound of `basis` as a number with its unit, in the build's language: "30 days", "95 %". */
export function boundText(value: number, kpi: KpiCode, basis: CorridorBasis): string {
  return boundTextIn(value, kpi, basis, WORDING);
}

/** A bound of `basis` as a bare number in its typed unit: "35", "35,5". */
export function boundNumber(value: number, kpi: KpiCode, basis: CorridorBasis): string {
  return boundNumberIn(value, kpi, basis, WORDING);
}

/**
 * A corridor in words, in the build's language: "acceptable 10–35 days, tolerated 5–45 days",
 * "akzeptabel ≥ 98 %" — the shared rules' `describeCorridor`, which the API says in English.
 */
export function corridorInWords(
  corridor: CorridorBounds & { readonly basis?: CorridorBasis | null },
  kpi: KpiCode,
): string {
  return describeCorridor(corridor, kpi, WORDING);
}

/** A basis named for a change of the history: "the value", "per rep and month", "share of the target to date". */
export function basisNameOf(basis: CorridorBasis, kpi: KpiCode): string {
  return basisName(basis, kpi, WORDING);
}
