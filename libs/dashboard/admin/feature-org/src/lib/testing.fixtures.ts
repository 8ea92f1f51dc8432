import { type Observable, of, throwError } from 'rxjs';
import type { AdminError } from './data/admin-error';
import type { AdminRegionDto, AdminTeamDto, AdminUserDto, AuditEntryDto } from './data/org-admin.models';
import type { AdminRegionInput, AdminTeamInput, AdminUserFilter, AdminUserInput } from './generated/graphql';

export function user(id: string, overrides: Partial<AdminUserDto> = {}): AdminUserDto {
  return {
    id,
    email: `${id.toLowerCase()}@x.test`,
    displayName: id,
    role: 'SALES_REP',
    team: null,
    active: true,
    hasPassword: true,
    mustChangePassword: false,
    ...overrides,
  };
}

export const REGIONS: AdminRegionDto[] = [
  { id: 'R-NORTH', name: 'North', teamCount: 1 },
  { id: 'R-SOUTH', name: 'South', teamCount: 0 },
];

export const MIA = user('U-MIA', { displayName: 'Mia Manager', role: 'SALES_MANAGER' });
export const MAX = user('U-MAX', { displayName: 'Max Manager', role: 'SALES_MANAGER', active: false });

export const TEAMS: AdminTeamDto[] = [
  {
    id: 'T-N1',
    name: 'North 1',
    region: { id: 'R-NORTH', name: 'North' },
    manager: { id: 'U-MIA', displayName: 'Mia Manager', active: true },
    memberCount: 1,
  },
];

export const USERS: AdminUserDto[] = [
  user('U-ADA', { displayName: 'Ada Admin', role: 'ADMIN' }),
  MAX,
  MIA,
  user('U-REX', { displayName: 'Rex Rep', team: { id: 'T-N1', name: 'North 1' }, hasPassword: false }),
  user('U-SUE', { displayName: 'Sue Sales', mustChangePassword: true }),
];

type Call = readonly [string, ...unknown[]];

/** The organisation admin API over a small in-memory organisation; records every call. */
export class FakeOrgAdminApi {
  readonly calls: Call[] = [];
  /** The next mutation fails with this error instead. */
  failNext: AdminError | null = null;
  answerUsers: (
    filter: AdminUserFilter,
    first: number,
    offset: number,
  ) => Observable<{ totalCount: number; users: AdminUserDto[] }> = (filter) => {
    const users = USERS.filter(
      (candidate) =>
        (!filter.role || candidate.role === filter.role) &&
        (filter.active === null || filter.active === undefined || candidate.active === filter.active),
    );
    return of({ totalCount: users.length, users });
  };
  trail: AuditEntryDto[] = [];

  regions = () => this.query('regions', REGIONS);
  teams = () => this.query('teams', TEAMS);
  users = (filter: AdminUserFilter, first: number, offset = 0) => {
    this.calls.push(offset === 0 ? ['users', filter, first] : ['users', filter, first, offset]);
    return this.answerUsers(filter, first, offset);
  };
  auditTrail = (entityType: string, entityId: string) => this.query('auditTrail', this.trail, entityType, entityId);
  createRegion = (input: AdminRegionInput) => this.mutation('createRegion', { ...input, teamCount: 0 }, input);
  renameRegion = (input: AdminRegionInput) => this.mutation('renameRegion', { ...input, teamCount: 0 }, input);
  deleteRegion = (id: string) => this.mutation('deleteRegion', id, id);
  createTeam = (input: AdminTeamInput) => this.mutation('createTeam', { ...TEAMS[0], ...input }, input);
  updateTeam = (input: AdminTeamInput) => this.mutation('updateTeam', { ...TEAMS[0], ...input }, input);
  deleteTeam = (id: string) => this.mutation('deleteTeam', id, id);
  createUser = (input: AdminUserInput) => this.mutation('createUser', user(input.id, { ...input, team: null }), input);
  updateUser = (input: AdminUserInput) => this.mutation('updateUser', user(input.id, { ...input, team: null }), input);
  deactivateUser = (userId: string, reason: string | null) =>
    this.mutation('deactivateUser', user(userId, { active: false }), userId, reason);
  reactivateUser = (userId: string, reason: string | null) =>
    this.mutation('reactivateUser', user(userId), userId, reason);
  resetPassword = (userId: string) =>
    this.mutation(
      'resetPassword',
      { temporaryPassword: 'k7Rmq-Xh2Pa-9bTzc-Wq4nE', user: user(userId, { mustChangePassword: true }) },
      userId,
    );

  private query<T>(name: string, answer: T, ...args: unknown[]): Observable<T> {
    this.calls.push([name, ...args]);
    return of(answer);
  }

  private mutation<T>(name: string, answer: T, ...args: unknown[]): Observable<T> {
    this.calls.push([name, ...args]);
    const failure = this.failNext;
    this.failNext = null;
    return failure ? throwError(() => failure) : of(answer);
  }

  callsOf(name: string): unknown[][] {
    return this.calls.filter(([called]) => called === name).map(([, ...args]) => args);
  }
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
