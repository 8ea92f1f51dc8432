import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, ValidationError, type Viewer } from '@salesdash/api/platform';
import type { AdminTeamInput } from '../admin.inputs';
import { selectRow, selectRows } from '../sql-rows';
import { FieldConflictError, withUniqueConflicts } from '../validation/field-conflict';
import { clipped, InputCheck } from '../validation/org-input-rules';

export interface AdminTeamRecord {
  readonly id: string;
  readonly name: string;
  readonly region: { readonly id: string; readonly name: string };
  readonly manager: { readonly id: string; readonly displayName: string; readonly active: boolean } | null;
  readonly memberCount: number;
}

/** What the audit log keeps of a team: the columns of teams.csv. */
interface TeamSnapshot {
  readonly name: string;
  readonly regionId: string;
  readonly managerUserId: string | null;
}

const TEAMS_SQL = `
SELECT t.team_id AS id, t.name, json_build_object('id', r.region_id, 'name', r.name) AS region,
       CASE WHEN m.user_id IS NULL THEN NULL
            ELSE json_build_object('id', m.user_id, 'displayName', m.display_name, 'active', m.active) END AS manager,
       (SELECT count(*)::int FROM app_user u WHERE u.team_id = t.team_id) AS "memberCount"
FROM team t
JOIN region r ON r.region_id = t.region_id
LEFT JOIN app_user m ON m.user_id = t.manager_user_id`;

const ORDER = 'ORDER BY lower(t.name), t.team_id';

/** Teams (teams.csv): list, create, update (name, region, manager), and delete while nothing refers to them. */
@Injectable()
export class TeamAdminService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<AdminTeamRecord[]> {
    return selectRows(this.dataSource, `${TEAMS_SQL} ${ORDER}`);
  }

  async create(actor: Viewer, input: AdminTeamInput): Promise<AdminTeamRecord> {
    const { id, team } = checkedTeam(input);
    const duplicate = () => new FieldConflictError('input.id', 'TEAM_EXISTS', { id: clipped(id) });
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          await checkManager(manager, team.managerUserId);
          if (await selectRow(manager, 'SELECT 1 FROM team WHERE team_id = $1', [id])) {
            throw duplicate();
          }
          await checkRegion(manager, team.regionId);
          await manager.query('INSERT INTO team (team_id, name, region_id, manager_user_id) VALUES ($1, $2, $3, $4)', [
            id,
            team.name,
            team.regionId,
            team.managerUserId,
          ]);
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'team.create',
            entityType: 'team',
            entityId: id,
            after: team,
          });
          return readTeam(manager, id);
        }),
      { team_pkey: duplicate, team_region_name_key: () => this.nameTaken(id, team) },
    );
  }

  async update(actor: Viewer, input: AdminTeamInput): Promise<AdminTeamRecord> {
    const { id, team } = checkedTeam(input);
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          await checkManager(manager, team.managerUserId);
          const current = await lockTeam(manager, id, 'input.id', 'NO KEY UPDATE');
          if (sameTeam(current, team)) {
            return readTeam(manager, id);
          }
          await checkRegion(manager, team.regionId);
          await manager.query('UPDATE team SET name = $2, region_id = $3, manager_user_id = $4 WHERE team_id = $1', [
            id,
            team.name,
            team.regionId,
            team.managerUserId,
          ]);
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'team.update',
            entityType: 'team',
            entityId: id,
            before: current,
            after: team,
          });
          return readTeam(manager, id);
        }),
      { team_region_name_key: () => this.nameTaken(id, team) },
    );
  }

  /** Deletes a team no user and no target refers to; answers its id. */
  async delete(actor: Viewer, teamId: string): Promise<string> {
    const check = new InputCheck();
    const id = check.id(teamId, 'id');
    check.done();
    return this.dataSource.transaction(async (manager) => {
      const current = await lockTeam(manager, id, 'id', 'UPDATE');
      const [references] = await selectRows<{ members: number; targets: number }>(
        manager,
        `SELECT (SELECT count(*)::int FROM app_user WHERE team_id = $1) AS members,
                (SELECT count(*)::int FROM target WHERE scope_type = 'TEAM' AND scope_id = $1) AS targets`,
        [id],
      );
      if (references.members > 0) {
        throw new FieldConflictError('id', 'TEAM_HAS_MEMBERS', {
          name: clipped(current.name),
          count: references.members,
        });
      }
      if (references.targets > 0) {
        throw new FieldConflictError('id', 'TEAM_HAS_TARGETS', {
          name: clipped(current.name),
          count: references.targets,
        });
      }
      await manager.query('DELETE FROM team WHERE team_id = $1', [id]);
      await recordAudit(manager, {
        actorUserId: actor.userId,
        action: 'team.delete',
        entityType: 'team',
        entityId: id,
        before: current,
      });
      return id;
    });
  }

  /**
   * Two teams of one region with one name (ignoring case) could not be told apart, so the unique
   * index team_region_name_key refused the name; this says which team holds it.
   */
  private async nameTaken(id: string, team: TeamSnapshot): Promise<FieldConflictError> {
    const holder = await selectRow<{ team_id: string }>(
      this.dataSource,
      'SELECT team_id FROM team WHERE region_id = $1 AND lower(name) = lower($2) AND team_id <> $3',
      [team.regionId, team.name, id],
    );
    const name = clipped(team.name);
    return holder
      ? new FieldConflictError('input.name', 'TEAM_NAME_TAKEN', { holder: holder.team_id, name })
      : new FieldConflictError('input.name', 'TEAM_NAME_TAKEN_BY_ANOTHER', { name });
  }
}

function checkedTeam(input: AdminTeamInput): { id: string; team: TeamSnapshot } {
  const check = new InputCheck();
  const id = check.id(input.id, 'input.id');
  const team = {
    name: check.name(input.name, 'input.name'),
    regionId: check.id(input.regionId, 'input.regionId'),
    managerUserId: check.optionalId(input.managerUserId, 'input.managerUserId'),
  };
  check.done();
  return { id, team };
}

function sameTeam(a: TeamSnapshot, b: TeamSnapshot): boolean {
  return a.name === b.name && a.regionId === b.regionId && a.managerUserId === b.managerUserId;
}

/** Locks a team: UPDATE to delete it, NO KEY UPDATE to change it (users may still refer to it meanwhile). */
async function lockTeam(
  manager: EntityManager,
  id: string,
  field: string,
  mode: 'UPDATE' | 'NO KEY UPDATE',
): Promise<TeamSnapshot> {
  const team = await selectRow<TeamSnapshot>(
    manager,
    `SELECT name, region_id AS "regionId", manager_user_id AS "managerUserId" FROM team WHERE team_id = $1 FOR ${mode}`,
    [id],
  );
  if (!team) {
    throw ValidationError.of(field, 'UNKNOWN_TEAM', { id: clipped(id) });
  }
  return team;
}

/**
 * A team's manager must be an active SALES_MANAGER. Their row stays share-locked, so a concurrent
 * deactivation or role change of theirs waits for this change (and then sees the team). Called
 * before the team's own row is locked: users before teams, the order every admin change keeps.
 */
async function checkManager(manager: EntityManager, managerUserId: string | null): Promise<void> {
  if (managerUserId === null) {
    return;
  }
  const candidate = await selectRow<{ display_name: string; role: string; active: boolean }>(
    manager,
    'SELECT display_name, role, active FROM app_user WHERE user_id = $1 FOR SHARE',
    [managerUserId],
  );
  if (!candidate) {
    throw ValidationError.of('input.managerUserId', 'UNKNOWN_USER', { id: clipped(managerUserId) });
  }
  if (candidate.role !== 'SALES_MANAGER') {
    throw ValidationError.of('input.managerUserId', 'MANAGER_NOT_SALES_MANAGER', {
      name: candidate.display_name,
      role: candidate.role,
    });
  }
  if (!candidate.active) {
    throw ValidationError.of('input.managerUserId', 'MANAGER_DEACTIVATED', { name: candidate.display_name });
  }
}

/** The region must exist (and cannot be deleted meanwhile). */
async function checkRegion(manager: EntityManager, regionId: string): Promise<void> {
  if (!(await selectRow(manager, 'SELECT 1 FROM region WHERE region_id = $1 FOR KEY SHARE', [regionId]))) {
    throw ValidationError.of('input.regionId', 'UNKNOWN_REGION', { id: clipped(regionId) });
  }
}

async function readTeam(manager: EntityManager, id: string): Promise<AdminTeamRecord> {
  const team = await selectRow<AdminTeamRecord>(manager, `${TEAMS_SQL} WHERE t.team_id = $1`, [id]);
  if (!team) {
    throw new Error(`team ${id} vanished inside its own transaction`);
  }
  return team;
}
