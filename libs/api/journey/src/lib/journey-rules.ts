import { MAX_REASON_LENGTH, textProblem } from '@salesdash/api/platform';
import type { InputCheck } from '@salesdash/api/policies';
import type { CodeAndParams } from '@salesdash/shared/domain';
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
      check.add(`${field}.${name}`, 'WHOLE_NUMBER_OUT_OF_RANGE', { min: 1, max: 5, value });
    }
    return value;
  };
  const csatMin = csat('csatMin');
  const csatMax = csat('csatMax');
  if (csatMin !== null && csatMax !== null && csatMax < csatMin) {
    check.add(`${field}.csatMax`, 'CSAT_MAX_BELOW_MIN', { min: csatMin, value: csatMax });
  }
  return {
    stages: closedList(check, filter.stages, isJourneyStage, `${field}.stages`, {
      empty: 'NAME_AT_LEAST_ONE_STAGE',
      unknown: 'UNKNOWN_STAGES',
    }),
    touchpoints: closedList(check, filter.touchpoints, isTouchpoint, `${field}.touchpoints`, {
      empty: 'NAME_AT_LEAST_ONE_TOUCHPOINT',
      unknown: 'UNKNOWN_TOUCHPOINTS',
    }),
    csatMin,
    csatMax,
    withComment: filter.withComment ?? null,
    recovery: closedList(
      check,
      filter.recovery,
      (value): value is FeedbackRecovery => (FEEDBACK_RECOVERIES as readonly string[]).includes(value),
      `${field}.recovery`,
      { empty: 'NAME_AT_LEAST_ONE_RECOVERY', unknown: 'UNKNOWN_RECOVERIES' },
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
    check.add(field, 'WHOLE_NUMBER_OUT_OF_RANGE', { min: bounds.min, max: bounds.max, value });
  }
  return value;
}

/** A flag's reason: trimmed, MIN_REASON_LENGTH–MAX_REASON_LENGTH characters of well-formed text. */
export function checkReason(check: InputCheck, value: string, field: string): string {
  const reason = value.trim();
  const problem: CodeAndParams | undefined =
    reason.length < MIN_REASON_LENGTH
      ? ['REASON_TOO_SHORT', { min: MIN_REASON_LENGTH, length: reason.length }]
      : textProblem(reason, MAX_REASON_LENGTH);
  if (problem) {
    check.add(field, ...problem);
  }
  return reason;
}

/** How a closed list is refused: named empty, or naming values that are not in it (`values`). */
interface ClosedListRefusals {
  readonly empty: 'NAME_AT_LEAST_ONE_STAGE' | 'NAME_AT_LEAST_ONE_TOUCHPOINT' | 'NAME_AT_LEAST_ONE_RECOVERY';
  readonly unknown: 'UNKNOWN_STAGES' | 'UNKNOWN_TOUCHPOINTS' | 'UNKNOWN_RECOVERIES';
}

function closedList<T extends string>(
  check: InputCheck,
  values: readonly string[] | null | undefined,
  isKnown: (value: string) => value is T,
  field: string,
  refusals: ClosedListRefusals,
): T[] | null {
  if (values === null || values === undefined) {
    return null;
  }
  if (values.length === 0) {
    check.add(field, refusals.empty, {});
    return [];
  }
  const unknown = values.filter((value) => !isKnown(value));
  if (unknown.length > 0) {
    check.add(field, refusals.unknown, { values: unknown.map((value) => `'${value.slice(0, 40)}'`).join(', ') });
  }
  return [...new Set(values.filter(isKnown))];
}
