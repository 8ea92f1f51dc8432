import type { IsoDate } from '@salesdash/shared/domain';

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
