import type { ScopeType } from '@salesdash/shared/domain';

/**
 * The rows a KPI query may read, resolved once by the access module and passed into every query
 * as data. `repIds` null means every deal of the company; otherwise only deals of these reps
 * (their current team decides TEAM and REGION membership).
 */
export interface RowScope {
  readonly type: ScopeType;
  readonly id: string | null;
  readonly repIds: readonly string[] | null;
}

export const COMPANY_SCOPE: RowScope = { type: 'COMPANY', id: null, repIds: null };
