import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, ValidationError, type Viewer } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';
import type { AdminUserFilterInput, AdminUserInput } from '../admin.inputs';
import { selectRow, selectRows } from '../sql-rows';
import { FieldConflictError, withUniqueConflicts } from '../validation/field-conflict';
import { clipped, InputCheck } from '../validation/org-input-rules';
import { assertAdministrationRemains } from './admin-protection';
import { ADMIN_USER_SQL, type AdminUserRecord, lockUser, readUser } from './user-records';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export interface AdminUserPage {
  readonly totalCount: number;
  readonly users: AdminUserRecord[];
}

/** What the audit log keeps of a user: the columns of users.csv. */
interface UserSnapshot {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
}

// Display names repeat; the id makes the order total, so pages never overlap or skip a user.
const USERS_PAGE_SQL = `
WITH matching AS (
  SELECT u.user_id, u.display_name FROM app_user u
  WHERE ($1::text IS NULL OR u.display_name ILIKE $1 OR u.email ILIKE $1)
    AND ($2::text IS NULL OR u.role = $2)
    AND ($3::text IS NULL OR u.team_id = $3)
    AND ($4::boolean IS NULL OR u.active = $4)
)
SELECT (SELECT count(*)::int FROM matching) AS "totalCount",
       ARRAY(SELECT user_id FROM matching ORDER BY lower(display_name), user_id LIMIT $5 OFFSET $6) AS ids`;

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Users (users.csv): search, create, update e-mail, name, role and team. */
@Injectable()
export class UserAdminService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    filter: AdminUserFilterInput | null | undefined,
    first = DEFAULT_PAGE_SIZE,
    offset = 0,
  ): Promise<AdminUserPage> {
    const check = new InputCheck();
    const search = check.search(filter?.search, 'filter.search');
    const teamId = check.optionalId(filter?.teamId, 'filter.teamId');
    check.integer(first, 'first', 1, MAX_PAGE_SIZE);
    check.integer(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
    check.done();
    const [page] = await selectRows<{ totalCount: number; ids: string[] }>(this.dataSource, USERS_PAGE_SQL, [
      search === null ? null : containsPattern(search),
      filter?.role ?? null,
      teamId,
      filter?.active ?? null,
      first,
      offset,
    ]);
    const users = await selectRows<AdminUserRecord>(
      this.dataSource,
      `${ADMIN_USER_SQL} WHERE u.user_id = ANY ($1::text[]) ORDER BY lower(u.display_name), u.user_id`,
      [page.ids],
    );
    return { totalCount: page.totalCount, users };
  }

  async create(actor: Viewer, input: AdminUserInput): Promise<AdminUserRecord> {
    const { id, user } = checkedUser(input);
    const duplicate = () => new FieldConflictError('input.id', 'USER_EXISTS', { id: clipped(id) });
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          if (await selectRow(manager, 'SELECT 1 FROM app_user WHERE user_id = $1', [id])) {
            throw duplicate();
          }
          await checkEmailAndTeam(manager, id, user);
          // No password: like an imported user, they can sign in once an administrator resets it.
          await manager.query(
            'INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES ($1, $2, $3, $4, $5)',
            [id, user.email, user.displayName, user.role, user.teamId],
          );
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'user.create',
            entityType: 'user',
            entityId: id,
            after: user,
          });
          return readUser(manager, id);
        }),
      { app_user_pkey: duplicate, app_user_email_key: () => emailTaken(user.email) },
    );
  }

  async update(actor: Viewer, input: AdminUserInput): Promise<AdminUserRecord> {
    const { id, user } = checkedUser(input);
    return withUniqueConflicts(
      () =>
        this.dataSource.transaction(async (manager) => {
          const current = await lockUser(manager, id, 'input.id');
          const before: UserSnapshot = {
            email: current.email,
            displayName: current.displayName,
            role: current.role,
            teamId: current.teamId,
          };
          if (sameUser(before, user)) {
            return readUser(manager, id);
          }
          if (current.role === 'ADMIN' && user.role !== 'ADMIN') {
            await assertAdministrationRemains(manager, actor, current, 'demote', 'input.role');
          }
          if (current.role === 'SALES_MANAGER' && user.role !== 'SALES_MANAGER') {
            await assertManagesNoTeam(manager, id, current.displayName);
          }
          await checkEmailAndTeam(manager, id, user);
          await manager.query(
            'UPDATE app_user SET email = $2, display_name = $3, role = $4, team_id = $5 WHERE user_id = $1',
            [id, user.email, user.displayName, user.role, user.teamId],
          );
          await recordAudit(manager, {
            actorUserId: actor.userId,
            action: 'user.update',
            entityType: 'user',
            entityId: id,
            before,
            after: user,
          });
          return readUser(manager, id);
        }),
      { app_user_email_key: () => emailTaken(user.email) },
    );
  }
}

function checkedUser(input: AdminUserInput): { id: string; user: UserSnapshot } {
  const check = new InputCheck();
  const id = check.id(input.id, 'input.id');
  const user = {
    email: check.email(input.email, 'input.email'),
    displayName: check.name(input.displayName, 'input.displayName'),
    role: input.role,
    teamId: check.optionalId(input.teamId, 'input.teamId'),
  };
  check.done();
  return { id, user };
}

function sameUser(a: UserSnapshot, b: UserSnapshot): boolean {
  return a.email === b.email && a.displayName === b.displayName && a.role === b.role && a.teamId === b.teamId;
}

function emailTaken(email: string): FieldConflictError {
  return new FieldConflictError('input.email', 'EMAIL_TAKEN', { email: clipped(email) });
}

async function checkEmailAndTeam(manager: EntityManager, id: string, user: UserSnapshot): Promise<void> {
  const owner = await selectRow<{ user_id: string }>(
    manager,
    'SELECT user_id FROM app_user WHERE lower(email) = lower($1) AND user_id <> $2',
    [user.email, id],
  );
  if (owner) {
    throw new FieldConflictError('input.email', 'EMAIL_TAKEN_BY_USER', {
      email: clipped(user.email),
      userId: owner.user_id,
    });
  }
  if (
    user.teamId !== null &&
    !(await selectRow(manager, 'SELECT 1 FROM team WHERE team_id = $1 FOR KEY SHARE', [user.teamId]))
  ) {
    throw ValidationError.of('input.teamId', 'UNKNOWN_TEAM', { id: clipped(user.teamId) });
  }
}

/** A team's manager stays a SALES_MANAGER: the teams must get another manager before the role changes. */
async function assertManagesNoTeam(manager: EntityManager, id: string, displayName: string): Promise<void> {
  const teams = await selectRows<{ name: string }>(
    manager,
    'SELECT name FROM team WHERE manager_user_id = $1 ORDER BY name',
    [id],
  );
  if (teams.length > 0) {
    throw new FieldConflictError('input.role', 'USER_MANAGES_TEAMS', {
      name: displayName,
      teams: teams.map((team) => `'${clipped(team.name)}'`).join(', '),
    });
  }
}
