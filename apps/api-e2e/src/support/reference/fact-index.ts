import type { JourneyStage } from '@salesdash/shared/domain';
import type { Feedback, Interaction, ReferenceBundle, StageEvent, TargetRow } from './bundle-model';

/** Lookups built once per bundle, so that each filter is a few linear passes (no nested scans). */
export interface FactIndex {
  readonly teamOfUser: ReadonlyMap<string, string | null>;
  readonly regionOfTeam: ReadonlyMap<string, string>;
  /** §4.1.9: a team's reps are the users whose team_id is that team. */
  readonly usersOfTeam: ReadonlyMap<string, readonly string[]>;
  readonly teamsOfRegion: ReadonlyMap<string, readonly string[]>;
  /** A valid bundle has at most one event per stage and deal (§3). */
  readonly eventsOfDeal: ReadonlyMap<string, ReadonlyMap<JourneyStage, StageEvent>>;
  readonly feedbackOfDeal: ReadonlyMap<string, readonly Feedback[]>;
  readonly interactionsOfDeal: ReadonlyMap<string, readonly Interaction[]>;
  /** Keyed by {@link targetKey}. */
  readonly targetRows: ReadonlyMap<string, readonly TargetRow[]>;
}

export function targetKey(row: Pick<TargetRow, 'scopeType' | 'scopeId' | 'businessModel' | 'kpi'>): string {
  return [row.scopeType, row.scopeId, row.businessModel, row.kpi].join('\u0000');
}

const cache = new WeakMap<ReferenceBundle, FactIndex>();

export function factIndex(bundle: ReferenceBundle): FactIndex {
  let index = cache.get(bundle);
  if (!index) {
    index = buildIndex(bundle);
    cache.set(bundle, index);
  }
  return index;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) {
      group.push(item);
    } else {
      groups.set(key, [item]);
    }
  }
  return groups;
}

function buildIndex(bundle: ReferenceBundle): FactIndex {
  const eventsOfDeal = new Map<string, Map<JourneyStage, StageEvent>>();
  for (const [dealId, events] of groupBy(bundle.stageEvents, (event) => event.dealId)) {
    eventsOfDeal.set(dealId, new Map(events.map((event) => [event.stage, event])));
  }
  const usersWithTeam = bundle.users.filter((user) => user.teamId !== null);
  return {
    teamOfUser: new Map(bundle.users.map((user) => [user.userId, user.teamId])),
    regionOfTeam: new Map(bundle.teams.map((team) => [team.teamId, team.regionId])),
    usersOfTeam: mapValues(
      groupBy(usersWithTeam, (user) => user.teamId),
      (users) => users.map((u) => u.userId),
    ),
    teamsOfRegion: mapValues(
      groupBy(bundle.teams, (team) => team.regionId),
      (teams) => teams.map((t) => t.teamId),
    ),
    eventsOfDeal,
    feedbackOfDeal: groupBy(bundle.feedback, (feedback) => feedback.dealId),
    interactionsOfDeal: groupBy(bundle.interactions, (interaction) => interaction.dealId),
    targetRows: groupBy(bundle.targets, targetKey),
  };
}

function mapValues<K, V, W>(map: ReadonlyMap<K | null, V>, convert: (value: V) => W): Map<K, W> {
  const result = new Map<K, W>();
  for (const [key, value] of map) {
    if (key !== null) {
      result.set(key, convert(value));
    }
  }
  return result;
}
