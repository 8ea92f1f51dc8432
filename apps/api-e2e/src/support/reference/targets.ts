import type { KpiCode } from '@salesdash/shared/domain';
import type { ReferenceBundle, TargetRow } from './bundle-model';
import { type FactIndex, targetKey } from './fact-index';
import { type Micros, microsToDays } from './instant';
import type { ScopeFilter } from './scope';

export interface Period {
  /** Inclusive. */
  readonly from: Micros;
  /** Exclusive. */
  readonly to: Micros;
}

interface TargetQuery {
  readonly bundle: ReferenceBundle;
  readonly index: FactIndex;
  readonly kpi: KpiCode;
  readonly businessModel: string;
  readonly period: Period;
  /**
   * The window the rows are prorated over: P for `target`, elapsed(P) for `targetToDate` (§4.2).
   * Which rows count (and whether TEAM rows replace the reps') is always decided on P. Default: P.
   */
  readonly prorateOver?: Period;
}

/**
 * §4 targets: a scope's target for P is Σ value × overlap_days(P, row) / days(row) over its rows.
 * null means "no target" (§4.1.9): no row overlaps P, or none of a sum's parts has a target.
 */
export function scopeTarget(query: TargetQuery, scope: ScopeFilter): number | null {
  const id = scope.id ?? '';
  switch (scope.type) {
    case 'REP':
      return repTarget(query, id);
    case 'TEAM':
      return teamTarget(query, id);
    case 'REGION':
      return regionTarget(query, id);
    case 'COMPANY':
      return sumOfKnown(query.bundle.regions.map((region) => regionTarget(query, region.regionId)));
  }
}

function repTarget(query: TargetQuery, repId: string): number | null {
  return proratedSum(overlappingRows(query, 'REP', repId), query.prorateOver ?? query.period);
}

/** A TEAM row overlapping P replaces the reps' targets for the whole of P (§4.1.9). */
function teamTarget(query: TargetQuery, teamId: string): number | null {
  const teamRows = overlappingRows(query, 'TEAM', teamId);
  if (teamRows.length > 0) {
    return proratedSum(teamRows, query.prorateOver ?? query.period);
  }
  const reps = query.index.usersOfTeam.get(teamId) ?? [];
  return sumOfKnown(reps.map((repId) => repTarget(query, repId)));
}

function regionTarget(query: TargetQuery, regionId: string): number | null {
  const teams = query.index.teamsOfRegion.get(regionId) ?? [];
  return sumOfKnown(teams.map((teamId) => teamTarget(query, teamId)));
}

function overlappingRows(query: TargetQuery, scopeType: TargetRow['scopeType'], scopeId: string): TargetRow[] {
  const key = targetKey({ scopeType, scopeId, businessModel: query.businessModel, kpi: query.kpi });
  const rows = query.index.targetRows.get(key) ?? [];
  return rows.filter((row) => overlapMicros(query.period, row) > 0n);
}

function overlapMicros(period: Period, row: TargetRow): bigint {
  const from = period.from > row.periodStart ? period.from : row.periodStart;
  const to = period.to < row.periodEnd ? period.to : row.periodEnd;
  return to > from ? to - from : 0n;
}

function proratedSum(rows: readonly TargetRow[], window: Period): number | null {
  if (rows.length === 0) {
    return null;
  }
  return rows.reduce((sum, row) => {
    const overlapDays = microsToDays(overlapMicros(window, row));
    const rowDays = microsToDays(row.periodEnd - row.periodStart);
    return sum + (row.value * overlapDays) / rowDays;
  }, 0);
}

function sumOfKnown(targets: readonly (number | null)[]): number | null {
  const known = targets.filter((target): target is number => target !== null);
  return known.length === 0 ? null : known.reduce((sum, target) => sum + target, 0);
}
