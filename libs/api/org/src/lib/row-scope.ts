import type { ScopeType } from '@salesdash/shared/domain';

/**
 * The rows a KPI query may read, resolved once by the access module and passed into every query
 * as data. `ids` are the scope's regions, teams or reps (null for the company: every deal);
 * `repIds` the reps whose deals it covers, via their current team.
 */
export interface RowScope {
  readonly type: ScopeType;
  readonly ids: readonly string[] | null;
  readonly repIds: readonly string[] | null;
}

export const COMPANY_SCOPE: RowScope = { type: 'COMPANY', ids: null, repIds: null };
