import { MAX_REASON_LENGTH, textProblem } from '@salesdash/api/platform';
import type { InputCheck } from '@salesdash/api/policies';
import { isJourneyStage, isTouchpoint, type JourneyStage, type Touchpoint } from '@salesdash/shared/domain';

/** What followed a negative feedback (docs/kpis.md#RECOVERY_RATE). */
export const FEEDBACK_RECOVERIES = ['RECOVERED_WITHIN_14_DAYS', 'RECOVERED_LATER', 'NOT_RECOVERED'] as const;
export type FeedbackRecovery = (typeof FEEDBACK_RECOVERIES)[number];

export const DEFAULT_FEEDBACK_LIMIT = 50;
export const MAX_FEEDBACK_LIMIT = 200;
/** The feedback export refuses more rows than this (narrow the period or the filters). */
export const MAX_FEEDBACK_EXPORT_ROWS = 100_000;
export const MIN_REASON_LENGTH = 3;

/** The optional filters of the feedback list, as GraphQL and the export pass them. */
export interface FeedbackFilterFields {
  readonly stages?: readonly string[] | null;
  readonly touchpoints?: readonly string[] | null;
  readonly csatMin?: number | null;
  readonly csatMax?: number | null;
  readonly withComment?: boolean | null;
  readonly recovery?: readonly string[] | null;
}

/** The feedback filters checked: null means no condition. */
export interface FeedbackConditions {
  readonly stages: JourneyStage[] | null;
  readonly touchpoints: Touchpoint[] | null;
  readonly csatMin: number | null;
  readonly csatMax: number | null;
  readonly withComment: boolean | null;
  readonly recovery: FeedbackRecovery[] | null;
}

/** Checks the feedback list's own filters; every problem lands in `check` under `<field>.<name>`. */
export function checkFeedbackConditions(
  check: InputCheck,
  filter: FeedbackFilterFields,
  field: string,
): FeedbackConditions {
  const csat = (name: 'csatMin' | 'csatMax') => {
    const value = filter[name];
    if (value === null || value === undefined) {
      return null;
    }
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      check.add(`${field}.${name}`, `must be a whole number from 1 to 5 (got ${value})`);
    }
    return value;
  };
  const csatMin = csat('csatMin');
  const csatMax = csat('csatMax');
  if (csatMin !== null && csatMax !== null && csatMax < csatMin) {
    check.add(`${field}.csatMax`, `must be at least csatMin (${csatMin}), got ${csatMax}`);
  }
  return {
    stages: closedList(check, filter.stages, isJourneyStage, `${field}.stages`, 'stage'),
    touchpoints: closedList(check, filter.touchpoints, isTouchpoint, `${field}.touchpoints`, 'touchpoint'),
    csatMin,
    csatMax,
    withComment: filter.withComment ?? null,
    recovery: closedList(
      check,
      filter.recovery,
      (value): value is FeedbackRecovery => (FEEDBACK_RECOVERIES as readonly string[]).includes(value),
      `${field}.recovery`,
      'recovery',
    ),
  };
}

/** A whole number within [min, max], or the default when not given. */
export function checkCount(
  check: InputCheck,
  value: number | null | undefined,
  bounds: { readonly min: number; readonly max: number; readonly default: number },
  field: string,
): number {
  if (value === null || value === undefined) {
    return bounds.default;
  }
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    check.add(field, `must be a whole number from ${bounds.min} to ${bounds.max} (got ${value})`);
  }
  return value;
}

/** A flag's reason: trimmed, MIN_REASON_LENGTH–MAX_REASON_LENGTH characters of well-formed text. */
export function checkReason(check: InputCheck, value: string, field: string): string {
  const reason = value.trim();
  const problem =
    reason.length < MIN_REASON_LENGTH
      ? `must be at least ${MIN_REASON_LENGTH} characters (got ${reason.length})`
      : textProblem(reason, MAX_REASON_LENGTH);
  if (problem) {
    check.add(field, problem);
  }
  return reason;
}

function closedList<T extends string>(
  check: InputCheck,
  values: readonly string[] | null | undefined,
  isKnown: (value: string) => value is T,
  field: string,
  noun: string,
): T[] | null {
  if (values === null || values === undefined) {
    return null;
  }
  if (values.length === 0) {
    check.add(field, `name at least one ${noun}, or leave it out for all`);
    return [];
  }
  const unknown = values.filter((value) => !isKnown(value));
  if (unknown.length > 0) {
    check.add(field, `unknown ${noun} ${unknown.map((value) => `'${value.slice(0, 40)}'`).join(', ')}`);
  }
  return [...new Set(values.filter(isKnown))];
}
