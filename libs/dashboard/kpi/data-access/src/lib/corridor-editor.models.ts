import type { IsoDate, KpiStatus } from '@salesdash/shared/domain';

/** What the audit log keeps of one corridor version. */
export interface CorridorSnapshotDto {
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number;
  readonly rationale: string;
}

/** One publish of a corridor series: who, when, why, and the version it replaced (null: the first). */
export interface CorridorAuditEntryDto {
  readonly id: string;
  readonly occurredAt: string;
  readonly action: string;
  /** Null for the system itself (the demo seed). */
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly before: CorridorSnapshotDto | null;
  readonly after: CorridorSnapshotDto | null;
}

/** A new version of a model-wide corridor; bounds in the API's units (rates 0..1), null = open. */
export interface PublishCorridorInput {
  readonly businessModel: string;
  readonly kpi: string;
  readonly effectiveFrom: IsoDate;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number | null;
  readonly rationale: string;
  /** The version the editor started from; null for a new series. */
  readonly expectedVersion: number | null;
}

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

/** A draft as the impact preview reads it: bounds in the API's units, no rationale or date needed. */
export interface CorridorDraftInput {
  readonly businessModel: string;
  readonly kpi: string;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number | null;
}

/** How many (scope, month) values have each status. */
export type StatusCountsDto = Readonly<Record<KpiStatus, number>>;

export interface CorridorImpactCountsDto {
  /** Under the corridor in force in each month. */
  readonly before: StatusCountsDto;
  /** Under the draft. */
  readonly after: StatusCountsDto;
  readonly changed: number;
  /** Scopes × months. */
  readonly total: number;
}

/** One (team or rep, month) whose status the draft changes. */
export interface ChangedScopeDto {
  readonly scopeType: 'TEAM' | 'REP';
  readonly scopeId: string;
  readonly name: string;
  /** First day of the month. */
  readonly month: IsoDate;
  readonly value: number | null;
  readonly sampleSize: number;
  readonly before: KpiStatus;
  readonly after: KpiStatus;
}

/** What a draft would change in the last 12 complete months of the model's teams and reps. */
export interface CorridorImpactDto {
  /** First days of the months, oldest first. */
  readonly months: readonly IsoDate[];
  readonly teams: CorridorImpactCountsDto;
  readonly reps: CorridorImpactCountsDto;
  /** Newest month first, then by name; at most 500. */
  readonly changedScopes: readonly ChangedScopeDto[];
  readonly changedScopesTruncated: number;
}

/** Bands proposed from the model's own team months; bounds null with a reason when there are too few. */
export interface CorridorSuggestionDto {
  readonly businessModel: string;
  readonly kpi: string;
  readonly basedOn: number;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly percentiles: {
    readonly p10: number;
    readonly p25: number;
    readonly p75: number;
    readonly p90: number;
  } | null;
  readonly reason: string | null;
}
