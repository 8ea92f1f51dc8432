import type { ChangedScopeDto, CorridorImpactCountsDto, CorridorImpactDto } from '@salesdash/dashboard/kpi/data-access';
import { formatCount, formatMonth } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiStatus } from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const TEXTS = CORRIDOR_EDITOR_TEXTS.impact;

/** Judged statuses first, from good to bad, then the unjudged ones. */
const STATUS_ORDER: readonly KpiStatus[] = [
  'ACCEPTABLE',
  'TOLERATED',
  'UNACCEPTABLE',
  'INSUFFICIENT_DATA',
  'NO_RANGE',
  'NO_DATA',
];

export interface StatusCountRow {
  readonly status: KpiStatus;
  readonly before: number;
  readonly after: number;
  /** after − before, signed: "+3", "−2", "0". */
  readonly change: string;
}

export type ScopeFilter = 'ALL' | 'TEAM' | 'REP';

function signed(value: number): string {
  if (value === 0) {
    return '0';
  }
  // U+2212 reads as a minus sign to screen readers, unlike a hyphen.
  return value > 0 ? `+${formatCount(value)}` : `−${formatCount(-value)}`;
}

/** The statuses that occur before or after, each with both counts; statuses absent on both sides are left out. */
export function statusCountRows(counts: CorridorImpactCountsDto): StatusCountRow[] {
  return STATUS_ORDER.filter((status) => counts.before[status] > 0 || counts.after[status] > 0).map((status) => ({
    status,
    before: counts.before[status],
    after: counts.after[status],
    change: signed(counts.after[status] - counts.before[status]),
  }));
}

/** "Dec 2025 – Nov 2026" for the months of the preview; empty without months. */
export function monthsText(months: readonly string[]): string {
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) {
    return '';
  }
  return first === last ? formatMonth(first) : `${formatMonth(first)} – ${formatMonth(last)}`;
}

/** The form of a sentence for a count: `one` for exactly 1, `other` for any other number. */
function countForm(count: number): 'one' | 'other' {
  return count === 1 ? 'one' : 'other';
}

/** One sentence for the whole preview: what changes for teams and for reps, or that nothing does. */
export function impactSentence(impact: CorridorImpactDto): string {
  const { teams, reps } = impact;
  const sentences = teams.changed === 0 && reps.changed === 0 ? TEXTS.unchanged : TEXTS.changed;
  const sentence = sentences[countForm(teams.total)][countForm(reps.total)];
  if (sentences === TEXTS.unchanged) {
    return interpolate(sentence, { teams: formatCount(teams.total), reps: formatCount(reps.total) });
  }
  return interpolate(sentence, {
    teamsChanged: formatCount(teams.changed),
    teams: formatCount(teams.total),
    repsChanged: formatCount(reps.changed),
    reps: formatCount(reps.total),
  });
}

export function filterScopes(scopes: readonly ChangedScopeDto[], filter: ScopeFilter): readonly ChangedScopeDto[] {
  return filter === 'ALL' ? scopes : scopes.filter((scope) => scope.scopeType === filter);
}
