import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import { toAdminError } from './admin-error';
import type {
  AdminRegionDto,
  AdminTeamDto,
  AdminUserDto,
  AdminUserFilter,
  AdminUserPageDto,
  AuditedEntity,
  AuditEntryDto,
  RegionInput,
  TeamInput,
  UserInput,
} from './org-admin.models';
import {
  ADMIN_REGIONS_QUERY,
  ADMIN_TEAMS_QUERY,
  ADMIN_USERS_QUERY,
  AUDIT_TRAIL_QUERY,
  CREATE_REGION_MUTATION,
  CREATE_TEAM_MUTATION,
  CREATE_USER_MUTATION,
  DEACTIVATE_USER_MUTATION,
  DELETE_REGION_MUTATION,
  DELETE_TEAM_MUTATION,
  REACTIVATE_USER_MUTATION,
  RENAME_REGION_MUTATION,
  RESET_PASSWORD_MUTATION,
  UPDATE_TEAM_MUTATION,
  UPDATE_USER_MUTATION,
} from './org-admin.operations';

/**
 * The organisation admin operations of the API (ADMIN only), typed. Queries always go to the
 * network (another administrator or an import may change the organisation at any time); every
 * call fails with an `AdminError` (code, message, every refused field), never with an Apollo error.
 */
@Injectable({ providedIn: 'root' })
export class OrgAdminApi {
  private readonly apollo = inject(Apollo);

  regions(): Observable<readonly AdminRegionDto[]> {
    return this.query(ADMIN_REGIONS_QUERY, {}, (data) => data.adminRegions);
  }

  teams(): Observable<readonly AdminTeamDto[]> {
    return this.query(ADMIN_TEAMS_QUERY, {}, (data) => data.adminTeams);
  }

  /** `first` users matching the filter from `offset` on, in the API's stable order (name, then id). */
  users(filter: AdminUserFilter, first: number, offset = 0): Observable<AdminUserPageDto> {
    return this.query(ADMIN_USERS_QUERY, { filter, first, offset }, (data) => data.adminUsers);
  }

  auditTrail(entityType: AuditedEntity, entityId: string): Observable<readonly AuditEntryDto[]> {
    return this.query(AUDIT_TRAIL_QUERY, { entityType, entityId }, (data) => data.auditTrail);
  }

  createRegion(input: RegionInput): Observable<AdminRegionDto> {
    return this.mutate(CREATE_REGION_MUTATION, { input }, (data) => data.createRegion);
  }

  renameRegion(input: RegionInput): Observable<AdminRegionDto> {
    return this.mutate(RENAME_REGION_MUTATION, { input }, (data) => data.renameRegion);
  }

  deleteRegion(id: string): Observable<string> {
    return this.mutate(DELETE_REGION_MUTATION, { id }, (data) => data.deleteRegion);
  }

  createTeam(input: TeamInput): Observable<AdminTeamDto> {
    return this.mutate(CREATE_TEAM_MUTATION, { input }, (data) => data.createTeam);
  }

  updateTeam(input: TeamInput): Observable<AdminTeamDto> {
    return this.mutate(UPDATE_TEAM_MUTATION, { input }, (data) => data.updateTeam);
  }

  deleteTeam(id: string): Observable<string> {
    return this.mutate(DELETE_TEAM_MUTATION, { id }, (data) => data.deleteTeam);
  }

  createUser(input: UserInput): Observable<AdminUserDto> {
    return this.mutate(CREATE_USER_MUTATION, { input }, (data) => data.createUser);
  }

  updateUser(input: UserInput): Observable<AdminUserDto> {
    return this.mutate(UPDATE_USER_MUTATION, { input }, (data) => data.updateUser);
  }

  deactivateUser(userId: string, reason: string | null): Observable<AdminUserDto> {
    return this.mutate(DEACTIVATE_USER_MUTATION, { userId, reason }, (data) => data.deactivateUser);
  }

  reactivateUser(userId: string, reason: string | null): Observable<AdminUserDto> {
    return this.mutate(REACTIVATE_USER_MUTATION, { userId, reason }, (data) => data.reactivateUser);
  }

  /** The temporary password is in this answer only; it is never stored in the client's cache. */
  resetPassword(userId: string): Observable<{ temporaryPassword: string; user: AdminUserDto }> {
    return this.mutate(RESET_PASSWORD_MUTATION, { userId }, (data) => data.resetPassword, 'no-cache');
  }

  private query<TData, TVariables extends OperationVariables, TResult>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'network-only' }).pipe(
      map((result) => pick(required(result.data as TData | null | undefined))),
      catchError((error: unknown) => throwError(() => toAdminError(error))),
    );
  }

  private mutate<TData, TVariables extends OperationVariables, TResult>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
    fetchPolicy: 'network-only' | 'no-cache' = 'network-only',
  ): Observable<TResult> {
    return this.apollo.mutate<TData, TVariables>({ mutation, variables, fetchPolicy }).pipe(
      map((result) => pick(required(result.data as TData | null | undefined))),
      catchError((error: unknown) => throwError(() => toAdminError(error))),
    );
  }
}

function required<T>(data: T | null | undefined): T {
  if (data === undefined || data === null) {
    throw new Error('The API answered without data');
  }
  return data;
}
