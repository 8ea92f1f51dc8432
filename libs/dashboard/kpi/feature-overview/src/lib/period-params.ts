import type { Params } from '@angular/router';
import type { PeriodChoice, PeriodSelection } from '@salesdash/dashboard/kpi/ui';
import { exceedsMaxPeriod, type IsoDate, isIsoDate, type PeriodPreset, presetPeriod } from '@salesdash/shared/domain';

/**
 * What a KPI page shows — the period and all business models or one — as kept in the URL, so that a
 * reload, back and forward, or a shared link show the same. One implementation for the overview and
 * every home; only the default preset differs per page.
 */
export interface PeriodState {
  readonly selection: PeriodSelection;
  /** A business model code; null for all models. */
  readonly businessModel: string | null;
}

/**
 * The URL names of the period choices. A preset is kept by name only (a shared "this-quarter" link
 * shows the quarter of the day it is opened); a custom period also keeps `from` and `to` — `to`
 * exclusive, as in the API.
 */
const PRESET_PARAMS: Record<PeriodChoice, string> = {
  THIS_MONTH: 'this-month',
  THIS_QUARTER: 'this-quarter',
  YEAR_TO_DATE: 'year-to-date',
  LAST_MONTH: 'last-month',
  LAST_QUARTER: 'last-quarter',
  LAST_12_MONTHS: 'last-12-months',
  CUSTOM: 'custom',
};

const CHOICE_BY_PARAM = new Map(
  (Object.entries(PRESET_PARAMS) as [PeriodChoice, string][]).map(([choice, param]) => [param, choice]),
);

const MODEL_CODE = /^[A-Z0-9_]{1,64}$/;

interface ParamReader {
  get(name: string): string | null;
}

/** A preset with the period it means today. */
export function presetSelection(preset: PeriodPreset, today: IsoDate): PeriodSelection {
  return { preset, ...presetPeriod(preset, today) };
}

/** Reads the state from the query parameters; anything invalid falls back to the page's default. */
export function parsePeriodParams(params: ParamReader, today: IsoDate, defaultPreset: PeriodPreset): PeriodState {
  const model = params.get('model');
  const businessModel = model && MODEL_CODE.test(model) ? model : null;
  const choice = CHOICE_BY_PARAM.get(params.get('preset') ?? '') ?? defaultPreset;
  if (choice !== 'CUSTOM') {
    return { selection: presetSelection(choice, today), businessModel };
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isIsoDate(from) && isIsoDate(to) && from < to && !exceedsMaxPeriod({ from, to });
  return { selection: valid ? { preset: 'CUSTOM', from, to } : presetSelection(defaultPreset, today), businessModel };
}

/** The query parameters of a state; null removes a parameter. */
export function periodParams(state: PeriodState): Params {
  const custom = state.selection.preset === 'CUSTOM';
  return {
    preset: PRESET_PARAMS[state.selection.preset],
    from: custom ? state.selection.from : null,
    to: custom ? state.selection.to : null,
    model: state.businessModel,
  };
}

export function samePeriodState(a: PeriodState, b: PeriodState): boolean {
  return (
    a.businessModel === b.businessModel &&
    a.selection.preset === b.selection.preset &&
    a.selection.from === b.selection.from &&
    a.selection.to === b.selection.to
  );
}
