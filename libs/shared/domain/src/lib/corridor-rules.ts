import { allowedBases, CORRIDOR_BASES, type CorridorBasis, isCorridorBasis } from './corridor-basis';
import { type KpiCode, kpiDefinition, UNIT_RANGES } from './kpi-catalogue';
import type { CorridorBands } from './kpi-status';
import { type CodeAndParams, type MessageRef, messageRef } from './messages';
import { addDays, type IsoDate } from './period';

/** The four bounds of a corridor (docs/corridors.md#bands); null or absent = open side. */
export interface CorridorBounds {
  readonly acceptableMin?: number | null;
  readonly acceptableMax?: number | null;
  readonly toleratedMin?: number | null;
  readonly toleratedMax?: number | null;
}

/** What an editor submits for a corridor version, before validation. */
export interface CorridorDraft extends CorridorBounds {
  readonly minSampleSize?: number | null;
  readonly rationale?: string | null;
  /** Missing means VALUE. */
  readonly basis?: CorridorBasis | null;
}

/** One version of a policy series, as far as choosing the one in force needs it. */
export interface PolicyVersion {
  readonly businessModel: string;
  readonly kpi: string;
  readonly segment: string | null;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
}

export interface PolicyKey {
  readonly businessModel: string;
  readonly kpi: string;
  /** Null or absent: the model-wide policy. */
  readonly segment?: string | null;
}

/** A problem with one field of a draft, by code and parameters (the API words it in English, the dashboard in the reader's language); `field` is the draft's property name. */
export type CorridorIssue = MessageRef & { readonly field: keyof CorridorDraft };

export const MAX_RATIONALE_LENGTH = 2000;
/** Larger samples add nothing to a status; the cap keeps the column and the form sane. */
export const MAX_MIN_SAMPLE_SIZE = 1_000_000;

const BOUND_FIELDS = ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'] as const;

function isSet(value: number | null | undefined): value is number {
  return value !== null && value !== undefined;
}

/** The range a bound of `basis` may take: the KPI's unit, except a share of target, any ratio ≥ 0 (§5.1). */
export function boundRange(kpi: KpiCode, basis: CorridorBasis): { readonly min: number; readonly max: number } {
  return basis === 'SHARE_OF_TARGET' ? { min: 0, max: Number.MAX_SAFE_INTEGER } : UNIT_RANGES[kpiDefinition(kpi).unit];
}

const BASIS_NOT_FOR_KPI = {
  VALUE: 'VALUE_BASIS_NOT_FOR_KPI',
  PER_REP_MONTH: 'PER_REP_MONTH_BASIS_NOT_FOR_KPI',
  SHARE_OF_TARGET: 'SHARE_OF_TARGET_BASIS_NOT_FOR_KPI',
} as const satisfies Record<CorridorBasis, string>;

function basisIssue(basis: CorridorBasis, kpi: KpiCode): CodeAndParams | null {
  // Checked again at run time: a draft may come from outside the type system (a stored or typed-in value).
  if (!isCorridorBasis(basis)) {
    return ['ONE_OF_GOT', { choices: CORRIDOR_BASES.join(', '), value: basis }];
  }
  const allowed = allowedBases(kpi);
  if (!allowed.includes(basis)) {
    return [BASIS_NOT_FOR_KPI[basis], { kpi, allowed: allowed.join(' or ') }];
  }
  return null;
}

/** A bound outside the range of its basis: the KPI's unit, or a share of target (any ratio ≥ 0). */
function outOfRange(basis: CorridorBasis, kpi: KpiCode, value: number): CodeAndParams {
  const range = boundRange(kpi, isCorridorBasis(basis) ? basis : 'VALUE');
  if (basis === 'SHARE_OF_TARGET') {
    return ['BOUND_BELOW_SHARE_MINIMUM', { min: range.min, value }];
  }
  const unit = kpiDefinition(kpi).unit;
  return range.max === Number.MAX_SAFE_INTEGER
    ? ['BOUND_BELOW_UNIT_MINIMUM', { min: range.min, unit, value }]
    : ['BOUND_OUTSIDE_UNIT_RANGE', { min: range.min, max: range.max, unit, value }];
}

/**
 * Every problem of a corridor draft for `kpi` (docs/corridors.md#bands, #basis): a basis the KPI allows (absent =
 * VALUE), bounds finite and within the range of the basis (the KPI's unit, or a ratio ≥ 0 for a share
 * of target), at least one bound, min ≤ max per band, tolerated containing acceptable, a whole
 * minSampleSize ≥ 1 (absent = 1) and a non-blank rationale. Empty when the draft is valid.
 */
export function validateCorridor(draft: CorridorDraft, kpi: KpiCode): CorridorIssue[] {
  const issues: CorridorIssue[] = [];
  const issue = (field: keyof CorridorDraft, ...message: CodeAndParams) =>
    issues.push({ field, ...messageRef(...message) });
  const basis = draft.basis ?? 'VALUE';
  const wrongBasis = basisIssue(basis, kpi);
  if (wrongBasis) {
    issue('basis', ...wrongBasis);
  }
  const range = boundRange(kpi, isCorridorBasis(basis) ? basis : 'VALUE');
  const badBounds = new Set<string>();
  for (const field of BOUND_FIELDS) {
    const value = draft[field];
    if (!isSet(value)) {
      continue;
    }
    if (!Number.isFinite(value)) {
      issue(field, 'NOT_A_FINITE_NUMBER', {});
      badBounds.add(field);
    } else if (value < range.min || value > range.max) {
      issue(field, ...outOfRange(basis, kpi, value));
      badBounds.add(field);
    }
  }
  if (!BOUND_FIELDS.some((field) => isSet(draft[field]))) {
    issue('acceptableMin', 'NO_BOUND_SET', {});
  }
  // Order and containment only make sense between bounds that are valid on their own.
  const bound = (field: (typeof BOUND_FIELDS)[number]) => (badBounds.has(field) ? undefined : draft[field]);
  const [acceptableMin, acceptableMax] = [bound('acceptableMin'), bound('acceptableMax')];
  const [toleratedMin, toleratedMax] = [bound('toleratedMin'), bound('toleratedMax')];
  if (isSet(acceptableMin) && isSet(acceptableMax) && acceptableMin > acceptableMax) {
    issue('acceptableMax', 'BOUND_BELOW_ACCEPTABLE_MIN', { min: acceptableMin });
  }
  if (isSet(toleratedMin) && isSet(toleratedMax) && toleratedMin > toleratedMax) {
    issue('toleratedMax', 'BOUND_BELOW_TOLERATED_MIN', { min: toleratedMin });
  }
  if (
    isSet(toleratedMin) &&
    !badBounds.has('acceptableMin') &&
    !(isSet(acceptableMin) && acceptableMin >= toleratedMin)
  ) {
    issue('toleratedMin', 'TOLERATED_BAND_NOT_CONTAINING_ACCEPTABLE', {});
  }
  if (
    isSet(toleratedMax) &&
    !badBounds.has('acceptableMax') &&
    !(isSet(acceptableMax) && acceptableMax <= toleratedMax)
  ) {
    issue('toleratedMax', 'TOLERATED_BAND_NOT_CONTAINING_ACCEPTABLE', {});
  }
  const minSampleSize = draft.minSampleSize;
  if (
    isSet(minSampleSize) &&
    (!Number.isInteger(minSampleSize) || minSampleSize < 1 || minSampleSize > MAX_MIN_SAMPLE_SIZE)
  ) {
    issue('minSampleSize', 'WHOLE_NUMBER_OUT_OF_RANGE', { min: 1, max: MAX_MIN_SAMPLE_SIZE, value: minSampleSize });
  }
  const rationale = draft.rationale?.trim() ?? '';
  if (rationale === '') {
    issue('rationale', 'RATIONALE_REQUIRED', {});
  } else if (rationale.length > MAX_RATIONALE_LENGTH) {
    issue('rationale', 'TEXT_TOO_LONG', { maxLength: MAX_RATIONALE_LENGTH, length: rationale.length });
  }
  return issues;
}

/** The last day of a period [from, to): `to` − 1 day. */
export function periodLastDay(to: IsoDate): IsoDate {
  return addDays(to, -1);
}

function latestInForce<T extends PolicyVersion>(versions: readonly T[], lastDay: IsoDate): T | undefined {
  let best: T | undefined;
  for (const candidate of versions) {
    if (candidate.effectiveFrom > lastDay) {
      continue;
    }
    if (
      !best ||
      candidate.effectiveFrom > best.effectiveFrom ||
      (candidate.effectiveFrom === best.effectiveFrom && candidate.version > best.version)
    ) {
      best = candidate;
    }
  }
  return best;
}

/**
 * The version in force for a period whose last day is `lastDay` (docs/corridors.md#versions): the latest
 * effectiveFrom ≤ lastDay, the higher version on the same date; a segment's own series wins over the
 * model-wide one whenever it has a version in force.
 */
export function policyInForce<T extends PolicyVersion>(
  versions: readonly T[],
  key: PolicyKey,
  lastDay: IsoDate,
): T | undefined {
  const ofSeries = (segment: string | null) =>
    versions.filter((v) => v.businessModel === key.businessModel && v.kpi === key.kpi && v.segment === segment);
  const segment = key.segment ?? null;
  const own = segment === null ? undefined : latestInForce(ofSeries(segment), lastDay);
  return own ?? latestInForce(ofSeries(null), lastDay);
}

/** The bands of a corridor as judgeKpi reads them. */
export function corridorBands(
  corridor: CorridorBounds & { readonly minSampleSize?: number | null; readonly basis?: CorridorBasis | null },
): CorridorBands {
  return {
    acceptable: { min: corridor.acceptableMin ?? null, max: corridor.acceptableMax ?? null },
    tolerated: { min: corridor.toleratedMin ?? null, max: corridor.toleratedMax ?? null },
    minSampleSize: corridor.minSampleSize ?? 1,
    basis: corridor.basis ?? 'VALUE',
  };
}
