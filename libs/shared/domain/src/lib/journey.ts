/** Stages follow the buyer, not the seller (docs/kpis.md#journey). */
export const JOURNEY_STAGES = [
  'SUSPECT',
  'PROSPECT',
  'CHAMPION',
  'OPPORTUNITY',
  'WON',
  'ONBOARDED',
  'PAID_OUT',
  'LOST',
  'DEFAULTED',
] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** Terminal stages: nothing may follow LOST; DEFAULTED ends a paid-out deal. */
export const TERMINAL_STAGES: readonly JourneyStage[] = ['LOST', 'DEFAULTED'];

export const TOUCHPOINTS = ['WEB', 'EMAIL', 'PHONE', 'MEETING', 'SOCIAL', 'BRANCH', 'PARTNER', 'APP'] as const;
export type Touchpoint = (typeof TOUCHPOINTS)[number];

export const INTERACTION_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

export function isJourneyStage(value: string): value is JourneyStage {
  return (JOURNEY_STAGES as readonly string[]).includes(value);
}

export function isTouchpoint(value: string): value is Touchpoint {
  return (TOUCHPOINTS as readonly string[]).includes(value);
}
