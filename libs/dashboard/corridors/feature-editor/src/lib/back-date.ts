import { formatDay, formatMonth } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addMonths, type IsoDate, isIsoDate, startOfMonth } from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const TEXTS = CORRIDOR_EDITOR_TEXTS.editor;
/** Up to this many past months are named one by one; more read as a range. */
const NAMED_MONTHS = 3;

/** The months a back-dated version judges anew, first days: the complete ones before today's, and today's. */
export interface ReJudgedMonths {
  readonly past: readonly IsoDate[];
  readonly running: IsoDate;
}

/**
 * The months a version in force from `effectiveFrom` would judge anew when that lies before `today`
 * (a month is judged by the version in force on its last day, docs/corridors.md#versions): every month from the one
 * holding `effectiveFrom` up to the running one. Null for today or a later date (nothing already judged
 * changes but the running month, as with any publish) and for a date that is not one.
 */
export function reJudgedMonths(effectiveFrom: string, today: IsoDate): ReJudgedMonths | null {
  if (!isIsoDate(effectiveFrom) || effectiveFrom >= today) {
    return null;
  }
  const running = startOfMonth(today);
  const past: IsoDate[] = [];
  for (let month = startOfMonth(effectiveFrom); month < running; month = addMonths(month, 1)) {
    past.push(month);
  }
  return { past, running };
}

/**
 * What a back-dated version re-judges in words: "Oct 2026, Nov 2026 and the running month Dec 2026",
 * a range beyond three past months, and within the running month the periods that ended since the date.
 */
export function backDateText(effectiveFrom: IsoDate, months: ReJudgedMonths): string {
  const running = formatMonth(months.running);
  const { past } = months;
  const first = past[0];
  const last = past[past.length - 1];
  let named: string;
  if (first === undefined || last === undefined) {
    named = interpolate(TEXTS.reJudgedRunning, { running, date: formatDay(effectiveFrom) });
  } else {
    const pastText =
      past.length <= NAMED_MONTHS
        ? past.map(formatMonth).join(', ')
        : interpolate(TEXTS.reJudgedMany, { count: past.length, first: formatMonth(first), last: formatMonth(last) });
    named = interpolate(TEXTS.reJudgedMonths, { past: pastText, running });
  }
  return interpolate(TEXTS.backDated, { months: named });
}
