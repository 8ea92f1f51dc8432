import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  type Band,
  type CorridorBasis,
  corridorBands,
  type CorridorBounds,
  type KpiCode,
  kpiDefinition,
  type KpiUnit,
} from '@salesdash/shared/domain';
import { basisWording } from './basis-words';
import { boundScale } from './corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const TEXTS = CORRIDOR_EDITOR_TEXTS.words;
const NUMBER_FORMAT = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 4 });

/** The unit of a bound of `basis`: a share of target is a percentage whatever the KPI's unit. */
function boundUnit(kpi: KpiCode, basis: CorridorBasis): KpiUnit {
  return basis === 'SHARE_OF_TARGET' ? 'RATE' : kpiDefinition(kpi).unit;
}

/** A bound in the unit it is typed in (rates and shares of target in percent); toPrecision drops float noise. */
function scaled(value: number, kpi: KpiCode, basis: CorridorBasis): number {
  return Number((value * boundScale(kpi, basis)).toPrecision(12));
}

/**
 * A number of a bound with its unit: "30 days", "1 day", "35.5 %", "22" (counts, scores and NPS bare).
 * `count` picks the singular for exactly 1; null (a range) the plural.
 */
function amountText(number: string, unit: KpiUnit, count: number | null): string {
  const amounts: Partial<Record<KpiUnit, string | { readonly one: string; readonly other: string }>> = TEXTS.amounts;
  const pattern = amounts[unit];
  if (pattern === undefined) {
    return number;
  }
  const text = typeof pattern === 'string' ? pattern : count === 1 ? pattern.one : pattern.other;
  return interpolate(text, { value: number });
}

/** A bound of `basis` as a number with its unit, in the build's language: "30 days", "95 %". */
export function boundText(value: number, kpi: KpiCode, basis: CorridorBasis): string {
  const number = scaled(value, kpi, basis);
  return amountText(NUMBER_FORMAT.format(number), boundUnit(kpi, basis), number);
}

/** A bound of `basis` as a bare number in its typed unit: "35", "35.5". */
export function boundNumber(value: number, kpi: KpiCode, basis: CorridorBasis): string {
  return NUMBER_FORMAT.format(scaled(value, kpi, basis));
}

function bandText(band: Band, kpi: KpiCode, basis: CorridorBasis): string {
  const bands = TEXTS.bands;
  const min = band.min ?? null;
  const max = band.max ?? null;
  if (min !== null && max !== null) {
    return min === max
      ? interpolate(bands.exactly, { value: boundText(min, kpi, basis) })
      : amountText(`${boundNumber(min, kpi, basis)}–${boundNumber(max, kpi, basis)}`, boundUnit(kpi, basis), null);
  }
  if (min !== null) {
    return interpolate(bands.atLeast, { value: boundText(min, kpi, basis) });
  }
  return max !== null ? interpolate(bands.atMost, { value: boundText(max, kpi, basis) }) : bands.any;
}

/**
 * A corridor in words with its basis, in the build's language: "acceptable 10–35 days, tolerated 5–45
 * days", "acceptable ≥ 98 %" (a tolerated band equal to the acceptable one is not repeated: nothing is
 * merely tolerated), "acceptable ≥ 95 % of target to date, tolerated ≥ 80 %", "acceptable ≥ 20 per rep
 * and month, tolerated ≥ 15". Says the same as `describeCorridor` of the shared rules, which the API
 * uses in English.
 */
export function corridorInWords(
  corridor: CorridorBounds & { readonly basis?: CorridorBasis | null },
  kpi: KpiCode,
): string {
  const { acceptable, tolerated } = corridorBands(corridor);
  const basis = corridor.basis ?? 'VALUE';
  const acceptableText = interpolate(TEXTS.acceptable[basisWording(basis, kpi)], {
    band: bandText(acceptable, kpi, basis),
  });
  if (tolerated.min === acceptable.min && tolerated.max === acceptable.max) {
    return acceptableText;
  }
  return interpolate(TEXTS.withTolerated, { acceptable: acceptableText, band: bandText(tolerated, kpi, basis) });
}

/** A basis named for a change of the history: "the value", "per rep and month", "share of the target to date". */
export function basisNameOf(basis: CorridorBasis, kpi: KpiCode): string {
  return TEXTS.basisNames[basisWording(basis, kpi)];
}
