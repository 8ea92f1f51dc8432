import {
  JOURNEY_STAGES,
  type JourneyStage,
  TERMINAL_STAGES,
  TOUCHPOINTS,
  type Touchpoint,
} from '@salesdash/shared/domain';

/** The main path of the journey, in order: every stage but the terminal LOST and DEFAULTED. */
export const MAIN_PATH_STAGES: readonly JourneyStage[] = JOURNEY_STAGES.filter(
  (stage) => !TERMINAL_STAGES.includes(stage),
);

/** A SQL text[] literal of constants (never of input): `ARRAY['A', 'B']::text[]`. */
export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;
}

/** Orders moments by business model (in the order given), stage and touchpoint (in journey order). */
export function momentOrder(
  models: readonly string[],
): (
  a: { businessModel: string; stage: JourneyStage; touchpoint: Touchpoint },
  b: { businessModel: string; stage: JourneyStage; touchpoint: Touchpoint },
) => number {
  return (a, b) =>
    models.indexOf(a.businessModel) - models.indexOf(b.businessModel) ||
    JOURNEY_STAGES.indexOf(a.stage) - JOURNEY_STAGES.indexOf(b.stage) ||
    TOUCHPOINTS.indexOf(a.touchpoint) - TOUCHPOINTS.indexOf(b.touchpoint);
}

/** The key of a moment: `<model>/<stage>/<touchpoint>` (also the audit log's entity id of its flag). */
export function momentKey(moment: { businessModel: string; stage: string; touchpoint: string }): string {
  return `${moment.businessModel}/${moment.stage}/${moment.touchpoint}`;
}
