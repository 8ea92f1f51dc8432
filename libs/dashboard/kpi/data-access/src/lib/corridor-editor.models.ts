import type {
  CorridorAuditQuery,
  CorridorImpactCountsFieldsFragment,
  CorridorImpactQuery,
  CorridorSnapshotFieldsFragment,
  CorridorSuggestionQuery,
  CorridorTrendQuery,
  StatusCountsFieldsFragment,
} from './generated/graphql';

/** What the audit log keeps of one corridor version. */
export type CorridorSnapshotDto = CorridorSnapshotFieldsFragment;

/** One publish of a corridor series: who, when, why, and the version it replaced (null: the first). */
export type CorridorAuditEntryDto = CorridorAuditQuery['corridorAudit'][number];

/** The version that beat a stale publish (the API's CONFLICT `extensions.current`). */
export interface CorridorConflict {
  readonly version: number;
  readonly publishedBy: string | null;
  readonly publishedAt: string;
}

/** The conflict's current version when the error carries one in the API's shape, else null. */
export function corridorConflictOf(current: unknown): CorridorConflict | null {
  const value = current as Partial<CorridorConflict> | null | undefined;
  if (
    typeof value?.version === 'number' &&
    typeof value.publishedAt === 'string' &&
    (value.publishedBy === null || typeof value.publishedBy === 'string')
  ) {
    return { version: value.version, publishedBy: value.publishedBy, publishedAt: value.publishedAt };
  }
  return null;
}

/** How many (scope, month) values have each status. */
export type StatusCountsDto = StatusCountsFieldsFragment;

export type CorridorImpactCountsDto = CorridorImpactCountsFieldsFragment;

/** What a draft would change in the last 12 complete months of the model's teams and reps. */
export type CorridorImpactDto = CorridorImpactQuery['corridorImpact'];

/** One (team or rep, month) whose status the draft changes. */
export type ChangedScopeDto = CorridorImpactDto['changedScopes'][number];

/**
 * Bands proposed from the model's own team months judged on a basis; one-sided unless both sides of the
 * KPI matter (the other side null); bounds null with a reason when there are too few team months.
 */
export type CorridorSuggestionDto = CorridorSuggestionQuery['corridorSuggestion'];

/** One month of the editor's history chart: what judging it on any basis needs (docs/corridors.md#basis). */
export type CorridorTrendPointDto = CorridorTrendQuery['kpiTrend'][number]['points'][number];
