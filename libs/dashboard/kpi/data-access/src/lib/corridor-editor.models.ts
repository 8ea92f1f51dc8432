import type { CorridorBasis, IsoDate, KpiDirection, KpiStatus } from '@salesdash/shared/domain';

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
  /** Which number the bands judge (KPI-SPEC §5.1); versions from before bases are VALUE. */
  readonly basis: CorridorBasis;
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

/**
 * A new version of a model-wide corridor; bounds in the units of its basis (the KPI's, rates 0..1, or
 * a share of target as a ratio, 1 = on target), null = open.
 */
export interface PublishCorridorInput {
  readonly businessModel: string;
  readonly kpi: string;
  readonly effectiveFrom: IsoDate;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number | null;
  readonly basis: CorridorBasis;
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

/** A draft as the impact preview reads it: bounds in the units of its basis, no rationale or date needed. */
export interface CorridorDraftInput {
  readonly businessModel: string;
  readonly kpi: string;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number | null;
  readonly basis: CorridorBasis;
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
  /** The number the draft judges on its basis (the value itself on VALUE); null when the basis gives none. */
  readonly judgedAfter: number | null;
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

/**
 * Bands proposed from the model's own team months judged on a basis; one-sided unless both sides of the
 * KPI matter (the other side null); bounds null with a reason when there are too few team months.
 */
export interface CorridorSuggestionDto {
  readonly businessModel: string;
  readonly kpi: string;
  /** The basis the team months were judged on: the bounds and percentiles are in its units. */
  readonly basis: CorridorBasis;
  /** Which sides the suggestion sets: the min side when higher is better, the max side when lower is. */
  readonly direction: KpiDirection;
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

/** One month of the editor's history chart: what judging it on any basis needs (KPI-SPEC §5.1). */
export interface CorridorTrendPointDto {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly value: number | null;
  readonly sampleSize: number;
  /** The target of the month's elapsed part; null without a target. */
  readonly targetToDate: number | null;
  /** SALES_REP users of the scope. */
  readonly reps: number;
  /** Calendar months elapsed of the month by now: 1 once it has ended, less while it runs (1 for a stock). */
  readonly months: number;
}
