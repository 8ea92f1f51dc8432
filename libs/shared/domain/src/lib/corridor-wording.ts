import { type CorridorBasis, isStock } from './corridor-basis';
import { corridorBands, type CorridorBounds } from './corridor-rules';
import { type KpiCode, kpiDefinition, type KpiUnit } from './kpi-catalogue';
import type { Band } from './kpi-status';

/** A basis as people name it: a stock's PER_REP_MONTH is "per rep" (its months are always 1). */
export type BasisWording = CorridorBasis | 'PER_REP';

export function basisWording(basis: CorridorBasis, kpi: KpiCode): BasisWording {
  return basis === 'PER_REP_MONTH' && isStock(kpi) ? 'PER_REP' : basis;
}

/** An amount's text with `{value}`; a unit with a singular has one for exactly 1. */
export type AmountWording = string | { readonly one: string; readonly other: string };

/**
 * The words a corridor is said in, one set per language: the API says corridors in English
 * (ENGLISH_CORRIDOR_WORDING), the dashboard in the reader's language from its translated texts.
 * Texts hold `{name}` placeholders.
 */
export interface CorridorWording {
  /** A bound's number as the language writes it: "35.5", "35,5". */
  readonly formatNumber: (value: number) => string;
  /** The acceptable band with the basis it judges; `{band}` is one of `bands` or a range. */
  readonly acceptable: Readonly<Record<BasisWording, string>>;
  /** The tolerated band after the acceptable one: `{acceptable}`, `{band}`. */
  readonly withTolerated: string;
  /** A band other than a range; `{value}` is an amount with its unit. */
  readonly bands: { readonly exactly: string; readonly atLeast: string; readonly atMost: string; readonly any: string };
  /** A number with its unit; a unit left out (counts, scores, NPS) is a bare number. */
  readonly amounts: Readonly<Partial<Record<KpiUnit, AmountWording>>>;
  /** A basis named on its own: "the value", "per rep and month". */
  readonly basisNames: Readonly<Record<BasisWording, string>>;
}

const ENGLISH_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export const ENGLISH_CORRIDOR_WORDING: CorridorWording = {
  formatNumber: (value) => ENGLISH_NUMBER.format(value),
  acceptable: {
    VALUE: 'acceptable {band}',
    PER_REP_MONTH: 'acceptable {band} per rep and month',
    PER_REP: 'acceptable {band} per rep',
    SHARE_OF_TARGET: 'acceptable {band} of target to date',
  },
  withTolerated: '{acceptable}, tolerated {band}',
  bands: { exactly: 'exactly {value}', atLeast: '≥ {value}', atMost: '≤ {value}', any: 'any value' },
  amounts: {
    RATE: '{value} %',
    DAYS: { one: '{value} day', other: '{value} days' },
    HOURS: { one: '{value} hour', other: '{value} hours' },
    EUR: '{value} EUR',
  },
  basisNames: {
    VALUE: 'the value',
    PER_REP_MONTH: 'per rep and month',
    PER_REP: 'per rep',
    SHARE_OF_TARGET: 'share of the target to date',
  },
};

function filledIn(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}

/** The unit bounds of `basis` are judged in: a share of target is a ratio whatever the KPI's unit. */
function boundUnit(kpi: KpiCode, basis: CorridorBasis): KpiUnit {
  return basis === 'SHARE_OF_TARGET' ? 'RATE' : kpiDefinition(kpi).unit;
}

/** From the stored number to the one people type and read: percent for rates and shares of target. */
export function boundScale(kpi: KpiCode, basis: CorridorBasis): number {
  return boundUnit(kpi, basis) === 'RATE' ? 100 : 1;
}

/** A bound in the unit it is typed in; toPrecision drops float noise such as 0.07 × 100 = 7.000000000000001. */
function scaled(value: number, kpi: KpiCode, basis: CorridorBasis): number {
  return Number((value * boundScale(kpi, basis)).toPrecision(12));
}

/** A number with its unit; `count` picks the singular for exactly 1, null (a range) the plural. */
function amountText(number: string, unit: KpiUnit, count: number | null, wording: CorridorWording): string {
  const amount = wording.amounts[unit];
  if (amount === undefined) {
    return number;
  }
  const text = typeof amount === 'string' ? amount : count === 1 ? amount.one : amount.other;
  return filledIn(text, { value: number });
}

/** A bound of `basis` as a bare number in its typed unit: "35", "35.5". */
export function boundNumber(
  value: number,
  kpi: KpiCode,
  basis: CorridorBasis,
  wording: CorridorWording = ENGLISH_CORRIDOR_WORDING,
): string {
  return wording.formatNumber(scaled(value, kpi, basis));
}

/** A bound of `basis` as a number with its unit: "30 days", "1 day", "95 %". */
export function boundText(
  value: number,
  kpi: KpiCode,
  basis: CorridorBasis,
  wording: CorridorWording = ENGLISH_CORRIDOR_WORDING,
): string {
  const number = scaled(value, kpi, basis);
  return amountText(wording.formatNumber(number), boundUnit(kpi, basis), number, wording);
}

function bandText(band: Band, kpi: KpiCode, basis: CorridorBasis, wording: CorridorWording): string {
  const { bands } = wording;
  const min = band.min ?? null;
  const max = band.max ?? null;
  if (min !== null && max !== null) {
    if (min === max) {
      return filledIn(bands.exactly, { value: boundText(min, kpi, basis, wording) });
    }
    const range = `${boundNumber(min, kpi, basis, wording)}–${boundNumber(max, kpi, basis, wording)}`;
    return amountText(range, boundUnit(kpi, basis), null, wording);
  }
  if (min !== null) {
    return filledIn(bands.atLeast, { value: boundText(min, kpi, basis, wording) });
  }
  return max !== null ? filledIn(bands.atMost, { value: boundText(max, kpi, basis, wording) }) : bands.any;
}

/**
 * A corridor in words, e.g. "acceptable 10–35 days, tolerated 5–45 days", "acceptable ≥ 98 %" (a
 * tolerated band equal to the acceptable one is not repeated: nothing is merely tolerated) or, on
 * another basis, "acceptable ≥ 95 % of target to date, tolerated ≥ 80 %" and "acceptable ≥ 20 per rep
 * and month, tolerated ≥ 15"; in English unless another wording is given.
 */
export function describeCorridor(
  corridor: CorridorBounds & { readonly basis?: CorridorBasis | null },
  kpi: KpiCode,
  wording: CorridorWording = ENGLISH_CORRIDOR_WORDING,
): string {
  const { acceptable, tolerated } = corridorBands(corridor);
  const basis = corridor.basis ?? 'VALUE';
  const acceptableText = filledIn(wording.acceptable[basisWording(basis, kpi)], {
    band: bandText(acceptable, kpi, basis, wording),
  });
  if (tolerated.min === acceptable.min && tolerated.max === acceptable.max) {
    return acceptableText;
  }
  return filledIn(wording.withTolerated, {
    acceptable: acceptableText,
    band: bandText(tolerated, kpi, basis, wording),
  });
}

/** A basis in words for people: "the value", "per rep and month", "share of the target to date". */
export function basisName(
  basis: CorridorBasis,
  kpi?: KpiCode,
  wording: CorridorWording = ENGLISH_CORRIDOR_WORDING,
): string {
  return wording.basisNames[kpi ? basisWording(basis, kpi) : basis];
}
