import type { CorridorDraftInput, CorridorDto, PublishCorridorInput } from '@salesdash/dashboard/kpi/data-access';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  type CorridorDraft,
  type IsoDate,
  isIsoDate,
  type KpiUnit,
  MAX_MIN_SAMPLE_SIZE,
  UNIT_RANGES,
  validateCorridor,
} from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

export const BOUND_FIELDS = ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'] as const;
export type BoundField = (typeof BOUND_FIELDS)[number];

/** The editor's fields as typed; bounds in the KPI's display unit (rates in percent), empty = open. */
export interface CorridorForm {
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

const FORM_FIELDS: readonly FormField[] = [...BOUND_FIELDS, 'minSampleSize', 'effectiveFrom', 'rationale'];
const ISSUES = CORRIDOR_EDITOR_TEXTS.issues;

/** Rates are fractions in the API (KPI-SPEC) and percent on screen; every other unit is as is. */
export function unitScale(unit: KpiUnit): number {
  return unit === 'RATE' ? 100 : 1;
}

// toPrecision drops float noise such as 0.07 × 100 = 7.000000000000001.
const clean = (value: number) => Number(value.toPrecision(12));

/** A bound as the field shows it: '' for open, rates in percent. */
export function toFormValue(value: number | null, unit: KpiUnit): string {
  return value === null ? '' : String(clean(value * unitScale(unit)));
}

/** A field's text in the API's unit: null when empty, NaN when not a number (a comma counts as point). */
export function fromFormValue(text: string, unit: KpiUnit): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') {
    return null;
  }
  const value = Number(trimmed);
  return Number.isFinite(value) ? clean(value / unitScale(unit)) : Number.NaN;
}

/** The form for a new version starting from `current` (or empty for a new series), in force from `today`. */
export function formOf(current: CorridorDto | null, unit: KpiUnit, today: IsoDate): CorridorForm {
  return {
    acceptableMin: toFormValue(current?.acceptableMin ?? null, unit),
    acceptableMax: toFormValue(current?.acceptableMax ?? null, unit),
    toleratedMin: toFormValue(current?.toleratedMin ?? null, unit),
    toleratedMax: toFormValue(current?.toleratedMax ?? null, unit),
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

/** The draft in the API's units, as validateCorridor and publishCorridor read it. */
export function draftOf(form: CorridorForm, unit: KpiUnit): Required<CorridorDraft> {
  return {
    acceptableMin: fromFormValue(form.acceptableMin, unit),
    acceptableMax: fromFormValue(form.acceptableMax, unit),
    toleratedMin: fromFormValue(form.toleratedMin, unit),
    toleratedMax: fromFormValue(form.toleratedMax, unit),
    minSampleSize: sampleSizeOf(form.minSampleSize),
    rationale: form.rationale,
  };
}

type Series = { readonly businessModel: string; readonly kpi: string };

/** The series and the draft's bands and sample size in the API's units: what preview and publish share. */
function seriesDraft(form: CorridorForm, unit: KpiUnit, series: Series): CorridorDraftInput {
  const draft = draftOf(form, unit);
  return {
    businessModel: series.businessModel,
    kpi: series.kpi,
    acceptableMin: draft.acceptableMin,
    acceptableMax: draft.acceptableMax,
    toleratedMin: draft.toleratedMin,
    toleratedMax: draft.toleratedMax,
    minSampleSize: draft.minSampleSize,
  };
}

export function publishInput(
  form: CorridorForm,
  unit: KpiUnit,
  series: Series,
  expectedVersion: number | null,
): PublishCorridorInput {
  return {
    ...seriesDraft(form, unit, series),
    effectiveFrom: form.effectiveFrom,
    rationale: form.rationale.trim(),
    expectedVersion,
  };
}

/** The fields the impact preview reads: the bands and the minimum sample size, not date or rationale. */
const PREVIEW_FIELDS: readonly FormField[] = [...BOUND_FIELDS, 'minSampleSize'];

/**
 * The draft as the impact preview asks for it, or null while a band or the minimum sample size has an
 * issue (the preview would judge a corridor that cannot be published).
 */
export function previewDraft(form: CorridorForm, unit: KpiUnit, series: Series): CorridorDraftInput | null {
  const issues = validateForm(form, unit);
  return PREVIEW_FIELDS.some((field) => issues[field] !== undefined) ? null : seriesDraft(form, unit, series);
}

/** Two previews ask the same question: nothing to load again. */
export function samePreviewDraft(a: CorridorDraftInput | null, b: CorridorDraftInput | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/** Bands in the API's units (rates 0..1), null = open, as a suggestion proposes them. */
export type SuggestedBands = Pick<CorridorDraftInput, BoundField>;

/** Decimals a suggested bound keeps, in the API's unit: 0.1 % for rates, 0.1 days or hours, 0.01 score points. */
const SUGGESTION_DECIMALS: Readonly<Record<KpiUnit, number>> = {
  RATE: 3,
  DAYS: 1,
  HOURS: 1,
  SCORE: 2,
  EUR: 0,
  COUNT: 0,
  NPS: 0,
};

/**
 * Suggested bands rounded to what a person would type (percentiles come with every decimal).
 * Rounding is monotonic, so min ≤ max and the tolerated band's containment of the acceptable one hold.
 */
export function roundedBands(bands: SuggestedBands, unit: KpiUnit): SuggestedBands {
  const factor = 10 ** SUGGESTION_DECIMALS[unit];
  const round = (value: number | null) => (value === null ? null : Math.round(value * factor) / factor);
  return {
    acceptableMin: round(bands.acceptableMin),
    acceptableMax: round(bands.acceptableMax),
    toleratedMin: round(bands.toleratedMin),
    toleratedMax: round(bands.toleratedMax),
  };
}

/** A suggestion's bands as the form's fields (display unit). */
export function bandsFormOf(bands: SuggestedBands, unit: KpiUnit): Pick<CorridorForm, BoundField> {
  return {
    acceptableMin: toFormValue(bands.acceptableMin, unit),
    acceptableMax: toFormValue(bands.acceptableMax, unit),
    toleratedMin: toFormValue(bands.toleratedMin, unit),
    toleratedMax: toFormValue(bands.toleratedMax, unit),
  };
}

/**
 * A message of the shared corridor rules (the API sends the same ones) in the editor's words, with
 * ranges in the display unit; an unknown message is shown as it is.
 */
export function issueText(field: FormField, message: string, unit: KpiUnit): string {
  if (message.startsWith('must be a finite number')) {
    return ISSUES.finite;
  }
  if (message.startsWith('must lie within')) {
    const range = UNIT_RANGES[unit];
    const scale = unitScale(unit);
    return interpolate(ISSUES.range, { min: clean(range.min * scale), max: clean(range.max * scale) });
  }
  if (message.startsWith('set at least one bound')) {
    return ISSUES.oneBound;
  }
  if (message.startsWith('must not be below')) {
    return ISSUES.order;
  }
  if (message.startsWith('the tolerated band must contain')) {
    return ISSUES.contain;
  }
  if (field === 'minSampleSize' && message.startsWith('must be a whole number')) {
    return interpolate(ISSUES.sampleSize, { max: MAX_MIN_SAMPLE_SIZE });
  }
  if (field === 'rationale' && message.startsWith('say why')) {
    return ISSUES.rationale;
  }
  return message;
}

/** Every problem of the form, at most one per field: unreadable numbers first, then the corridor rules. */
export function validateForm(form: CorridorForm, unit: KpiUnit): FormIssues {
  const issues: Partial<Record<FormField, string>> = {};
  const draft = draftOf(form, unit);
  for (const field of BOUND_FIELDS) {
    if (Number.isNaN(draft[field])) {
      issues[field] = ISSUES.number;
    }
  }
  if (Number.isNaN(draft.minSampleSize)) {
    issues.minSampleSize = interpolate(ISSUES.sampleSize, { max: MAX_MIN_SAMPLE_SIZE });
  }
  // An unreadable bound reaches the rules as NaN: not finite, so they leave it out of order and containment.
  for (const issue of validateCorridor(draft, unit)) {
    issues[issue.field] ??= issueText(issue.field, issue.message, unit);
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

/** The API's BAD_USER_INPUT at the fields it names; problems of other fields are left to the caller. */
export function apiIssues(error: ApiError, unit: KpiUnit): FormIssues {
  const issues: Partial<Record<FormField, string>> = {};
  const all = error.issues ?? (error.field ? [{ field: error.field, message: error.message }] : []);
  for (const issue of all) {
    const field = formField(issue.field);
    if (field) {
      // The API prefixes a single issue's message with its path; the field already says it.
      issues[field] ??= issueText(field, issue.message.replace(`${issue.field}: `, ''), unit);
    }
  }
  return issues;
}
