import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationError } from '@salesdash/api/platform';
import type { MessageCode, ScopeType } from '@salesdash/shared/domain';
import { COMPANY_SCOPE, type RowScope } from './row-scope';

export interface RegionRecord {
  readonly id: string;
  readonly name: string;
}

export interface TeamRecord {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionName: string;
  readonly reps: readonly { readonly id: string; readonly displayName: string }[];
}

// Each id of $2 (in order) of the scope type $1: whether it exists, and the reps it covers.
const SCOPES_SQL = `
SELECT s.id,
       CASE $1::text
         WHEN 'REP' THEN EXISTS (SELECT 1 FROM app_user WHERE user_id = s.id)
         WHEN 'TEAM' THEN EXISTS (SELECT 1 FROM team WHERE team_id = s.id)
         WHEN 'REGION' THEN EXISTS (SELECT 1 FROM region WHERE region_id = s.id)
       END AS found,
       ARRAY(
         SELECT u.user_id
         FROM app_user u
         LEFT JOIN team t ON t.team_id = u.team_id
         WHERE ($1::text = 'REP' AND u.user_id = s.id)
            OR ($1::text = 'TEAM' AND u.team_id = s.id)
            OR ($1::text = 'REGION' AND t.region_id = s.id)
         ORDER BY u.user_id
       ) AS rep_ids
FROM unnest($2::text[]) WITH ORDINALITY AS s(id, ord)
ORDER BY s.ord`;

const MANAGED_TEAMS_SQL = `
SELECT ARRAY(SELECT team_id FROM team WHERE manager_user_id = $1 ORDER BY team_id) AS team_ids,
       ARRAY(SELECT u.user_id FROM app_user u JOIN team t ON t.team_id = u.team_id
             WHERE t.manager_user_id = $1 ORDER BY u.user_id) AS rep_ids`;

// $1 null: every team.
const TEAMS_SQL = `
SELECT t.team_id AS id, t.name, t.region_id AS "regionId", r.name AS "regionName",
       coalesce(json_agg(json_build_object('id', u.user_id, 'displayName', u.display_name)
                         ORDER BY u.display_name) FILTER (WHERE u.user_id IS NOT NULL), '[]') AS reps
FROM team t
JOIN region r ON r.region_id = t.region_id
LEFT JOIN app_user u ON u.team_id = t.team_id
WHERE $1::text IS NULL OR t.manager_user_id = $1
GROUP BY t.team_id, t.name, t.region_id, r.name
ORDER BY t.name`;

const SCOPE_NEEDS_ID = {
  REP: 'REP_SCOPE_NEEDS_ID',
  TEAM: 'TEAM_SCOPE_NEEDS_ID',
  REGION: 'REGION_SCOPE_NEEDS_ID',
} as const satisfies Record<Exclude<ScopeType, 'COMPANY'>, MessageCode>;

const UNKNOWN_SCOPES = {
  REP: 'UNKNOWN_REPS',
  TEAM: 'UNKNOWN_TEAMS',
  REGION: 'UNKNOWN_REGIONS',
} as const satisfies Record<Exclude<ScopeType, 'COMPANY'>, MessageCode>;

/** Reads the organisation: regions, teams, and which reps a region, team or rep scope covers. */
@Injectable()
export class OrgDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async regions(): Promise<RegionRecord[]> {
    return this.dataSource.query('SELECT region_id AS id, name FROM region ORDER BY name');
  }

  /** The teams a sales manager manages, by name, each with its region and reps. */
  async teamsManagedBy(managerUserId: string): Promise<TeamRecord[]> {
    return this.dataSource.query(TEAMS_SQL, [managerUserId]);
  }

  /** Every team with its region and members, by name. */
  async teams(): Promise<TeamRecord[]> {
    return this.dataSource.query(TEAMS_SQL, [null]);
  }

  /** The teams a sales manager manages, with the reps in them (one statement). */
  async managedTeams(managerUserId: string): Promise<RowScope> {
    const [row] = (await this.dataSource.query(MANAGED_TEAMS_SQL, [managerUserId])) as {
      team_ids: string[];
      rep_ids: string[];
    }[];
    return { type: 'TEAM', ids: row.team_ids, repIds: row.rep_ids };
  }

  /** Resolves a scope to its reps in one statement; an unknown or missing id is a validation error on `field`. */
  async resolveScope(type: ScopeType, id: string | null | undefined, field: string): Promise<RowScope> {
    if (type === 'COMPANY') {
      if (id) {
        throw ValidationError.of(`${field}.id`, 'COMPANY_SCOPE_TAKES_NO_ID', {});
      }
      return COMPANY_SCOPE;
    }
    if (!id) {
      throw ValidationError.of(`${field}.id`, SCOPE_NEEDS_ID[type], {});
    }
    const [scope] = await this.resolveScopes(type, [id], `${field}.id`);
    return scope;
  }

  /**
   * Resolves several scopes of one type, each to its reps, in one statement and in the order given;
   * unknown ids are a validation error on `field` naming them all.
   */
  async resolveScopes(type: Exclude<ScopeType, 'COMPANY'>, ids: readonly string[], field: string): Promise<RowScope[]> {
    const rows = (await this.dataSource.query(SCOPES_SQL, [type, ids])) as {
      id: string;
      found: boolean;
      rep_ids: string[];
    }[];
    const unknown = rows.filter((row) => !row.found).map((row) => `'${row.id}'`);
    if (unknown.length > 0) {
      throw ValidationError.of(field, UNKNOWN_SCOPES[type], { ids: unknown.join(', ') });
    }
    return rows.map((row) => ({ type, ids: [row.id], repIds: row.rep_ids }));
  }
}
