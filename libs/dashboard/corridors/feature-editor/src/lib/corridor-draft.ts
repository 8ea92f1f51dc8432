import type { CorridorDraftInput, CorridorDto, PublishCorridorInput } from '@salesdash/dashboard/kpi/data-access';
import { apiMessageText, type ApiError } from '@salesdash/dashboard/shared/data-access';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  allowedBases,
  boundRange,
  boundScale,
  type CorridorBasis,
  type CorridorDraft,
  type IsoDate,
  isIsoDate,
  type KpiCode,
  kpiDefinition,
  MAX_MIN_SAMPLE_SIZE,
  validateCorridor,
} from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

export const BOUND_FIELDS = ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'] as const;
export type BoundField = (typeof BOUND_FIELDS)[number];

/**
 * The editor's fields as typed: the basis, and the bounds in its display unit (rates and shares of
 * target in percent), empty = open.
 */
export interface CorridorForm {
  readonly basis: CorridorBasis;
  readonly acceptableMin: string;
  readonly acceptableMax: string;
  readonly toleratedMin: string;
  readonly toleratedMax: string;
  readonly minSampleSize: string;
  readonly effectiveFrom: string;
  readonly rationale: string;
}
export type FormField = keyof CorridorForm;
export type FormIssues = Readonly<Partial<Record<FormField, string>>>;
export type BoundsForm = Pick<CorridorForm, BoundField>;

export function isBoundField(field: FormField): field is BoundField {
  return (BOUND_FIELDS as readonly FormField[]).includes(field);
}

/** The form's fields in the order they appear, so the first one with an issue can take the focus. */
export const FORM_FIELDS: readonly FormField[] = [
  'basis',
  ...BOUND_FIELDS,
  'minSampleSize',
  'effectiveFrom',
  'rationale',
];
const ISSUES = CORRIDOR_EDITOR_TEXTS.issues;

// toPrecision drops float noise such as 0.07 × 100 = 7.000000000000001.
const clean = (value: number) => Number(value.toPrecision(12));
/** A limit in a message, as the build's locale writes it ("0.5", "0,5"), ungrouped like the typed number. */
const LIMIT_FORMAT = new Intl.NumberFormat(DASHBOARD_LOCALE, { maximumFractionDigits: 4, useGrouping: false });
const limit = (value: number) => LIMIT_FORMAT.format(value);

/** A bound as the field shows it: '' for open, scaled to the display unit. */
export function toFormValue(value: number | null, scale: number): string {
  return value === null ? '' : String(clean(value * scale));
}

/** A field's text in the API's unit: null when empty, NaN when not a number (a comma counts as point). */
export function fromFormValue(text: string, scale: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') {
    return null;
  }
  const value = Number(trimmed);
  return Number.isFinite(value) ? clean(value / scale) : Number.NaN;
}

/** Bounds in the API's units, null = open, e.g. a corridor's or a suggestion's. */
export type Bounds = Readonly<Record<BoundField, number | null>>;

/** A draft as the editor asks the impact preview for it: the basis always set (the API would default it to VALUE). */
export type PreviewDraft = CorridorDraftInput & { readonly basis: CorridorBasis };

/** Bounds as the form's fields, in the display unit of `basis`. */
export function boundsFormOf(bounds: Bounds, kpi: KpiCode, basis: CorridorBasis): BoundsForm {
  const scale = boundScale(kpi, basis);
  return {
    acceptableMin: toFormValue(bounds.acceptableMin, scale),
    acceptableMax: toFormValue(bounds.acceptableMax, scale),
    toleratedMin: toFormValue(bounds.toleratedMin, scale),
    toleratedMax: toFormValue(bounds.toleratedMax, scale),
  };
}

export const EMPTY_BOUNDS: BoundsForm = { acceptableMin: '', acceptableMax: '', toleratedMin: '', toleratedMax: '' };

/** Whether any of the four bounds has been typed. */
export function hasBounds(form: BoundsForm): boolean {
  return BOUND_FIELDS.some((field) => form[field].trim() !== '');
}

/**
 * The form for a new version starting from `current` (or empty for a new series), on its basis (VALUE
 * when the KPI does not allow the stored one), in force from `today`.
 */
export function formOf(current: CorridorDto | null, kpi: KpiCode, today: IsoDate): CorridorForm {
  const stored = current?.basis ?? 'VALUE';
  const basis = allowedBases(kpi).includes(stored) ? stored : 'VALUE';
  const bounds: Bounds = {
    acceptableMin: current?.acceptableMin ?? null,
    acceptableMax: current?.acceptableMax ?? null,
    toleratedMin: current?.toleratedMin ?? null,
    toleratedMax: current?.toleratedMax ?? null,
  };
  return {
    basis,
    ...(basis === stored ? boundsFormOf(bounds, kpi, basis) : EMPTY_BOUNDS),
    minSampleSize: String(current?.minSampleSize ?? 1),
    effectiveFrom: today,
    // A new version needs its own reason: the old one explained the old bands.
    rationale: '',
  };
}

function sampleSizeOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** The bounds of the form in the API's units (NaN for an unreadable one). */
export function boundsOf(form: CorridorForm, kpi: KpiCode): Bounds {
  const scale = boundScale(kpi, form.basis);
  return {
    acceptableMin: fromFormValue(form.acceptableMin, scale),
    acceptableMax: fromFormValue(form.acceptableMax, scale),
    toleratedMin: fromFormValue(form.toleratedMin, scale),
    toleratedMax: fromFormValue(form.toleratedMax, scale),
  };
}

/** The draft in the API's units, as validateCorridor and publishCorridor read it. */
export function draftOf(form: CorridorForm, kpi: KpiCode): Required<CorridorDraft> {
  return {
    ...boundsOf(form, kpi),
    minSampleSize: sampleSizeOf(form.minSampleSize),
    rationale: form.rationale,
    basis: form.basis,
  };
}

type Series = { readonly businessModel: string; readonly kpi: KpiCode };

/** The series, the basis and the draft's bands and sample size in the API's units: what preview and publish share. */
function seriesDraft(form: CorridorForm, series: Series): PreviewDraft {
  const draft = draftOf(form, series.kpi);
  return {
    businessModel: series.businessModel,
    kpi: series.kpi,
    acceptableMin: draft.acceptableMin,
    acceptableMax: draft.acceptableMax,
    toleratedMin: draft.toleratedMin,
    toleratedMax: draft.toleratedMax,
    minSampleSize: draft.minSampleSize,
    basis: form.basis,
  };
}

export function publishInput(form: CorridorForm, series: Series, expectedVersion: number | null): PublishCorridorInput {
  return {
    ...seriesDraft(form, series),
    effectiveFrom: form.effectiveFrom,
    rationale: form.rationale.trim(),
    expectedVersion,
  };
}

/** The fields the impact preview reads: the basis, the bands and the minimum sample size, not date or rationale. */
const PREVIEW_FIELDS: readonly FormField[] = ['basis', ...BOUND_FIELDS, 'minSampleSize'];

/**
 * The draft as the impact preview asks for it, or null while the basis, a band or the minimum sample
 * size has an issue (the preview would judge a corridor that cannot be published).
 */
export function previewDraft(form: CorridorForm, series: Series): PreviewDraft | null {
  const issues = validateForm(form, series.kpi);
  return PREVIEW_FIELDS.some((field) => issues[field] !== undefined) ? null : seriesDraft(form, series);
}

/** Two previews ask the same question: nothing to load again. */
export function samePreviewDraft(a: PreviewDraft | null, b: PreviewDraft | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Decimals a suggested bound keeps in the API's unit: whole percent steps of 0.1 for rates and shares
 * of target, 0.1 days or hours, 0.01 score points, whole EUR; counts whole, but per rep and month to
 * 0.1 (4.5 leads a month per seller is a real policy).
 */
function suggestionDecimals(kpi: KpiCode, basis: CorridorBasis): number {
  if (basis === 'SHARE_OF_TARGET') {
    return 3;
  }
  switch (kpiDefinition(kpi).unit) {
    case 'RATE':
      return 3;
    case 'DAYS':
    case 'HOURS':
      return 1;
    case 'SCORE':
      return 2;
    case 'COUNT':
      return basis === 'PER_REP_MONTH' ? 1 : 0;
    case 'EUR':
    case 'NPS':
      return 0;
  }
}

/**
 * Suggested bands rounded to what a person would type (percentiles come with every decimal).
 * Rounding is monotonic, so min ≤ max and the tolerated band's containment of the acceptable one hold.
 */
export function roundedBands(bands: Bounds, kpi: KpiCode, basis: CorridorBasis): Bounds {
  const factor = 10 ** suggestionDecimals(kpi, basis);
  const round = (value: number | null) => (value === null ? null : Math.round(value * factor) / factor);
  return {
    acceptableMin: round(bands.acceptableMin),
    acceptableMax: round(bands.acceptableMax),
    toleratedMin: round(bands.toleratedMin),
    toleratedMax: round(bands.toleratedMax),
  };
}

/**
 * A problem of the shared corridor rules, checked here or by the API: its message's code and parameters,
 * and from the API its English text too (shown only for a code this build does not know).
 */
interface CodedIssue {
  readonly code?: string;
  readonly params?: unknown;
  readonly message?: string;
}

const BASIS_REFUSALS: readonly string[] = [
  'BASIS_NOT_FOR_KPI',
  'VALUE_BASIS_NOT_FOR_KPI',
  'PER_REP_MONTH_BASIS_NOT_FOR_KPI',
  'SHARE_OF_TARGET_BASIS_NOT_FOR_KPI',
  'ONE_OF',
  'ONE_OF_GOT',
];
const OUT_OF_RANGE: readonly string[] = [
  'BOUND_OUTSIDE_UNIT_RANGE',
  'BOUND_BELOW_UNIT_MINIMUM',
  'BOUND_BELOW_SHARE_MINIMUM',
];
const BELOW_MINIMUM: readonly string[] = ['BOUND_BELOW_ACCEPTABLE_MIN', 'BOUND_BELOW_TOLERATED_MIN'];

function rangeText(kpi: KpiCode, basis: CorridorBasis): string {
  const range = boundRange(kpi, basis);
  const scale = boundScale(kpi, basis);
  const min = limit(clean(range.min * scale));
  return range.max === Number.MAX_SAFE_INTEGER
    ? interpolate(ISSUES.atLeast, { min })
    : interpolate(ISSUES.range, { min, max: limit(clean(range.max * scale)) });
}

/**
 * A problem of the shared corridor rules (the API sends the same ones) in the editor's words, by its
 * code, with ranges in the display unit of the basis; any other in the reader's language.
 */
export function issueText(field: FormField, issue: CodedIssue, kpi: KpiCode, basis: CorridorBasis): string {
  const code = issue.code ?? '';
  if (field === 'basis' && BASIS_REFUSALS.includes(code)) {
    return ISSUES.basis;
  }
  if (code === 'NOT_A_FINITE_NUMBER') {
    return ISSUES.finite;
  }
  if (OUT_OF_RANGE.includes(code)) {
    return rangeText(kpi, basis);
  }
  if (code === 'NO_BOUND_SET') {
    return ISSUES.oneBound;
  }
  if (BELOW_MINIMUM.includes(code)) {
    return ISSUES.order;
  }
  if (code === 'TOLERATED_BAND_NOT_CONTAINING_ACCEPTABLE') {
    return ISSUES.contain;
  }
  if (field === 'minSampleSize' && (code === 'WHOLE_NUMBER_OUT_OF_RANGE' || code === 'NOT_WHOLE_NUMBER')) {
    return interpolate(ISSUES.sampleSize, { max: limit(MAX_MIN_SAMPLE_SIZE) });
  }
  if (field === 'rationale' && code === 'RATIONALE_REQUIRED') {
    return ISSUES.rationale;
  }
  return apiMessageText(issue.code, issue.params, issue.message ?? code);
}

/**
 * Every problem of the form, at most one per field: unreadable numbers first, then the shared corridor
 * rules for the KPI on the chosen basis.
 */
export function validateForm(form: CorridorForm, kpi: KpiCode): FormIssues {
  const issues: Partial<Record<FormField, string>> = {};
  const draft = draftOf(form, kpi);
  for (const field of BOUND_FIELDS) {
    if (Number.isNaN(draft[field])) {
      issues[field] = ISSUES.number;
    }
  }
  if (Number.isNaN(draft.minSampleSize)) {
    issues.minSampleSize = interpolate(ISSUES.sampleSize, { max: limit(MAX_MIN_SAMPLE_SIZE) });
  }
  // An unreadable bound reaches the rules as NaN: not finite, so they leave it out of order and containment.
  for (const issue of validateCorridor(draft, kpi)) {
    issues[issue.field] ??= issueText(issue.field, issue, kpi, form.basis);
  }
  if (!isIsoDate(form.effectiveFrom)) {
    issues.effectiveFrom = ISSUES.date;
  }
  return issues;
}

function formField(path: string): FormField | null {
  const name = path.replace(/^input\./, '');
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as FormField) : null;
}

/** The API's BAD_USER_INPUT at the fields it names (the basis too); problems of other fields are left to the caller. */
export function apiIssues(error: ApiError, kpi: KpiCode, basis: CorridorBasis): FormIssues {
  const issues: Partial<Record<FormField, string>> = {};
  const all = error.issues ?? (error.field ? [{ field: error.field, message: error.message }] : []);
  for (const issue of all) {
    const field = formField(issue.field);
    if (field) {
      // The API prefixes a single issue's message with its path; the field already says it.
      const message = issue.message.replace(`${issue.field}: `, '');
      issues[field] ??= issueText(field, { code: issue.messageCode, params: issue.params, message }, kpi, basis);
    }
  }
  return issues;
}
