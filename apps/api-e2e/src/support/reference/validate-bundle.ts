import type { Deal, ReferenceBundle, StageEvent } from './bundle-model';

/** The business models the database knows (reference data, not part of a bundle). */
export const KNOWN_BUSINESS_MODELS = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'] as const;

type Known = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/**
 * The §3 import rules that go beyond one cell: unique ids (and emails, case-insensitive), references
 * resolve inside the bundle, no stage event before its deal's created_at, at most one event per stage
 * and deal, nothing after LOST, target periods not empty. Returns the problems (empty when valid).
 */
export function validateBundle(
  bundle: ReferenceBundle,
  businessModels: readonly string[] = KNOWN_BUSINESS_MODELS,
): string[] {
  const errors: string[] = [];
  const unique = <T>(file: string, items: readonly T[], keyOf: (item: T) => string): Set<string> => {
    const seen = new Set<string>();
    for (const key of items.map(keyOf)) {
      if (seen.has(key)) errors.push(`${file}: ${key} repeated`);
      seen.add(key);
    }
    return seen;
  };
  const regions = unique('regions.csv', bundle.regions, (r) => r.regionId);
  const teams = unique('teams.csv', bundle.teams, (t) => t.teamId);
  const users = unique('users.csv', bundle.users, (u) => u.userId);
  unique('users.csv email', bundle.users, (u) => u.email.toLowerCase());
  unique('deals.csv', bundle.deals, (d) => d.dealId);
  unique('stage_events.csv', bundle.stageEvents, (e) => e.eventId);
  unique('interactions.csv', bundle.interactions, (i) => i.interactionId);
  unique('feedback.csv', bundle.feedback, (f) => f.feedbackId);
  unique('targets.csv', bundle.targets, (t) => t.targetId);
  const deals = new Map(bundle.deals.map((deal) => [deal.dealId, deal]));
  const models = new Set(businessModels);

  const resolve = (where: string, value: string | null, known: Known) => {
    if (value !== null && !known.has(value)) errors.push(`${where}: ${value} does not resolve`);
  };
  for (const t of bundle.teams) {
    resolve(`teams.csv ${t.teamId} region_id`, t.regionId, regions);
    resolve(`teams.csv ${t.teamId} manager_user_id`, t.managerUserId, users);
  }
  for (const u of bundle.users) resolve(`users.csv ${u.userId} team_id`, u.teamId, teams);
  for (const d of bundle.deals) {
    resolve(`deals.csv ${d.dealId} rep_id`, d.repId, users);
    resolve(`deals.csv ${d.dealId} business_model`, d.businessModel, models);
  }
  for (const e of bundle.stageEvents) resolve(`stage_events.csv ${e.eventId} deal_id`, e.dealId, deals);
  for (const i of bundle.interactions) {
    resolve(`interactions.csv ${i.interactionId} deal_id`, i.dealId, deals);
    resolve(`interactions.csv ${i.interactionId} rep_id`, i.repId, users);
  }
  for (const f of bundle.feedback) resolve(`feedback.csv ${f.feedbackId} deal_id`, f.dealId, deals);
  for (const t of bundle.targets) {
    resolve(`targets.csv ${t.targetId} scope_id`, t.scopeId, t.scopeType === 'REP' ? users : teams);
    resolve(`targets.csv ${t.targetId} business_model`, t.businessModel, models);
    if (t.periodEnd <= t.periodStart) errors.push(`targets.csv ${t.targetId}: period_end must follow period_start`);
  }
  return [...errors, ...journeyErrors(bundle.stageEvents, deals)];
}

function journeyErrors(events: readonly StageEvent[], deals: ReadonlyMap<string, Deal>): string[] {
  const errors: string[] = [];
  const eventsOfDeal = new Map<string, StageEvent[]>();
  for (const event of events) {
    const deal = deals.get(event.dealId);
    if (deal && event.occurredAt < deal.createdAt) {
      errors.push(`stage_events.csv ${event.eventId}: occurred_at precedes the deal's created_at`);
    }
    eventsOfDeal.set(event.dealId, [...(eventsOfDeal.get(event.dealId) ?? []), event]);
  }
  for (const [dealId, ofDeal] of eventsOfDeal) {
    const stages = ofDeal.map((event) => event.stage);
    if (new Set(stages).size !== stages.length) errors.push(`stage_events.csv: deal ${dealId} has a stage twice`);
    // Nothing after a terminal LOST; an event at the same instant counts as "after" too.
    const lost = ofDeal.find((event) => event.stage === 'LOST');
    if (lost && ofDeal.some((event) => event !== lost && event.occurredAt >= lost.occurredAt)) {
      errors.push(`stage_events.csv: deal ${dealId} has a stage after LOST`);
    }
  }
  return errors;
}
