import type { Params } from '@angular/router';
import type { PeriodChoice, PeriodSelection } from '@salesdash/dashboard/kpi/ui';
import { exceedsMaxPeriod, type IsoDate, isIsoDate, type PeriodPreset, presetPeriod } from '@salesdash/shared/domain';

/** What the overview shows, as kept in the URL so that a reload or a shared link shows the same. */
export interface OverviewState {
  readonly selection: PeriodSelection;
  /** A business model code; null for all models. */
  readonly businessModel: string | null;
}

export const DEFAULT_PRESET: PeriodPreset = 'LAST_12_MONTHS';

/**
 * The URL names of the period choices. A preset is kept by name only (a shared "quarter" link shows
 * the current quarter); a custom period also keeps `from` and `to` — `to` exclusive, as in the API.
 */
const PRESET_PARAMS: Record<PeriodChoice, string> = {
  MONTH: 'month',
  QUARTER: 'quarter',
  YEAR_TO_DATE: 'year-to-date',
  LAST_12_MONTHS: 'last-12-months',
  CUSTOM: 'custom',
};

const CHOICE_BY_PARAM = new Map(
  (Object.entries(PRESET_PARAMS) as [PeriodChoice, string][]).map(([choice, param]) => [param, choice]),
);

interface ParamReader {
  get(name: string): string | null;
}

function defaultSelection(today: IsoDate): PeriodSelection {
  return { preset: DEFAULT_PRESET, ...presetPeriod(DEFAULT_PRESET, today) };
}

/** Reads the state from the query parameters; anything invalid falls back to the default view. */
export function parseOverviewParams(params: ParamReader, today: IsoDate): OverviewState {
  const model = params.get('model');
  const businessModel = model && /^[A-Z0-9_]{1,64}$/.test(model) ? model : null;
  const choice = CHOICE_BY_PARAM.get(params.get('preset') ?? '') ?? DEFAULT_PRESET;
  if (choice !== 'CUSTOM') {
    return { selection: { preset: choice, ...presetPeriod(choice, today) }, businessModel };
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isIsoDate(from) && isIsoDate(to) && from < to && !exceedsMaxPeriod({ from, to });
  return { selection: valid ? { preset: 'CUSTOM', from, to } : defaultSelection(today), businessModel };
}

/** The query parameters of a state; null removes a parameter. */
export function overviewParams(state: OverviewState): Params {
  const custom = state.selection.preset === 'CUSTOM';
  return {
    preset: PRESET_PARAMS[state.selection.preset],
    from: custom ? state.selection.from : null,
    to: custom ? state.selection.to : null,
    model: state.businessModel,
  };
}

export function sameOverviewState(a: OverviewState, b: OverviewState): boolean {
  return (
    a.businessModel === b.businessModel &&
    a.selection.preset === b.selection.preset &&
    a.selection.from === b.selection.from &&
    a.selection.to === b.selection.to
  );
}
