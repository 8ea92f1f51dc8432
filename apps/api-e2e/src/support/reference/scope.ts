import type { JourneyStage, ScopeType } from '@salesdash/shared/domain';
import type { Deal, Feedback, Interaction, ReferenceBundle, StageEvent } from './bundle-model';
import type { FactIndex } from './fact-index';

export interface ScopeFilter {
  readonly type: ScopeType;
  readonly id?: string;
}

/** The facts of one business model inside one scope. */
export interface ScopedFacts {
  readonly deals: readonly Deal[];
  readonly feedback: readonly Feedback[];
  readonly interactions: readonly Interaction[];
  eventOf(dealId: string, stage: JourneyStage): StageEvent | undefined;
  feedbackOfDeal(dealId: string): readonly Feedback[];
}

/** §4: "rep" means deals.rep_id; team and region go through the rep's current team (users.team_id). */
export function repInScope(index: FactIndex, scope: ScopeFilter): (repId: string) => boolean {
  if (scope.type === 'COMPANY') {
    return () => true;
  }
  if (scope.id === undefined) {
    throw new Error(`A ${scope.type} scope needs an id`);
  }
  const id = scope.id;
  switch (scope.type) {
    case 'REP':
      return (repId) => repId === id;
    case 'TEAM':
      return (repId) => index.teamOfUser.get(repId) === id;
    case 'REGION':
      return (repId) => {
        const team = index.teamOfUser.get(repId);
        return team != null && index.regionOfTeam.get(team) === id;
      };
  }
}

/**
 * Splits the deals in scope by business model. Feedback, interactions and stage events belong to the
 * scope and business model of their deal (§4) — an interaction's own rep_id plays no part.
 */
export function scopedFacts(
  bundle: ReferenceBundle,
  index: FactIndex,
  businessModels: readonly string[],
  inScope: (repId: string) => boolean,
): Map<string, ScopedFacts> {
  const dealsByModel = new Map<string, Deal[]>(businessModels.map((model) => [model, []]));
  for (const deal of bundle.deals) {
    if (inScope(deal.repId)) {
      dealsByModel.get(deal.businessModel)?.push(deal);
    }
  }
  const eventOf = (dealId: string, stage: JourneyStage) => index.eventsOfDeal.get(dealId)?.get(stage);
  const feedbackOfDeal = (dealId: string) => index.feedbackOfDeal.get(dealId) ?? [];
  const result = new Map<string, ScopedFacts>();
  for (const [model, deals] of dealsByModel) {
    result.set(model, {
      deals,
      feedback: deals.flatMap((deal) => feedbackOfDeal(deal.dealId)),
      interactions: deals.flatMap((deal) => index.interactionsOfDeal.get(deal.dealId) ?? []),
      eventOf,
      feedbackOfDeal,
    });
  }
  return result;
}

/**
 * §5.1 `reps`: users with role SALES_REP whose (current) team lies in the scope, deactivated ones
 * included — the bundle has no deactivation, so every such user counts. A REP scope is 1 rep; the
 * company holds every team, so every SALES_REP with a team.
 */
export function repsInScope(bundle: ReferenceBundle, index: FactIndex, scope: ScopeFilter): number {
  if (scope.type === 'REP') {
    return 1;
  }
  const teamInScope = (teamId: string): boolean => {
    switch (scope.type) {
      case 'COMPANY':
        return true;
      case 'REGION':
        return index.regionOfTeam.get(teamId) === scope.id;
      default:
        return teamId === scope.id;
    }
  };
  return bundle.users.filter((user) => user.role === 'SALES_REP' && user.teamId !== null && teamInScope(user.teamId))
    .length;
}
