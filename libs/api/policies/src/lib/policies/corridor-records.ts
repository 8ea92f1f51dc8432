import { type CorridorBasis, describeCorridor, type KpiCode } from '@salesdash/shared/domain';
import type { SqlRunner } from '@salesdash/api/platform';
import { selectRows } from '../sql-rows';

/** One stored version of a corridor policy (docs/corridors.md#versions), as the API answers it. */
export interface CorridorRecord {
  readonly id: string;
  readonly businessModel: string;
  readonly kpi: string;
  readonly segment: string | null;
  readonly version: number;
  readonly effectiveFrom: string;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number;
  readonly rationale: string;
  readonly basis: CorridorBasis;
  readonly publishedAt: Date;
  /** Display name of the publisher; null for the system (demo seed). */
  readonly publishedBy: string | null;
  /** The corridor in words, e.g. "acceptable 10–35 days, tolerated 5–45 days". */
  readonly description: string;
}

/** What the audit log keeps of a version: everything an editor chose, nothing derived. */
export type CorridorSnapshot = Pick<
  CorridorRecord,
  | 'version'
  | 'effectiveFrom'
  | 'acceptableMin'
  | 'acceptableMax'
  | 'toleratedMin'
  | 'toleratedMax'
  | 'minSampleSize'
  | 'rationale'
  | 'basis'
>;

export const CORRIDOR_SELECT = `
SELECT p.policy_id::text AS id, p.business_model AS "businessModel", p.kpi, p.segment, p.version,
       p.effective_from::text AS "effectiveFrom", p.acceptable_min AS "acceptableMin",
       p.acceptable_max AS "acceptableMax", p.tolerated_min AS "toleratedMin", p.tolerated_max AS "toleratedMax",
       p.min_sample_size AS "minSampleSize", p.rationale, p.basis, p.published_at AS "publishedAt",
       u.display_name AS "publishedBy"
FROM corridor_policy p
LEFT JOIN app_user u ON u.user_id = p.published_by`;

/** Runs a CORRIDOR_SELECT and adds each version's description. */
export async function selectCorridors(
  runner: SqlRunner,
  sql: string,
  parameters: unknown[] = [],
): Promise<CorridorRecord[]> {
  const rows = await selectRows<Omit<CorridorRecord, 'description'>>(runner, sql, parameters);
  return rows.map((row) => ({
    ...row,
    // The kpi column references the kpi table, which holds exactly the catalogue's codes.
    description: describeCorridor(row, row.kpi as KpiCode),
  }));
}

export function snapshotOf(corridor: CorridorRecord): CorridorSnapshot {
  const { version, effectiveFrom, acceptableMin, acceptableMax, toleratedMin, toleratedMax } = corridor;
  const { minSampleSize, rationale, basis } = corridor;
  return {
    version,
    effectiveFrom,
    acceptableMin,
    acceptableMax,
    toleratedMin,
    toleratedMax,
    minSampleSize,
    rationale,
    basis,
  };
}

/** The audit log's id of a series: `MODEL:KPI`, or `MODEL:KPI:SEGMENT` for a segment's own series. */
export function seriesEntityId(businessModel: string, kpi: string, segment: string | null): string {
  return segment === null ? `${businessModel}:${kpi}` : `${businessModel}:${kpi}:${segment}`;
}
