import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  type AdminRegionInput,
  AdminRegionsDocument,
  type AdminTeamInput,
  AdminTeamsDocument,
  type AdminUserFilter,
  type AdminUserInput,
  AdminUsersDocument,
  AuditTrailDocument,
  CreateRegionDocument,
  CreateTeamDocument,
  CreateUserDocument,
  DeactivateUserDocument,
  DeleteRegionDocument,
  DeleteTeamDocument,
  ReactivateUserDocument,
  RenameRegionDocument,
  ResetPasswordDocument,
  type ResetPasswordMutation,
  UpdateTeamDocument,
  UpdateUserDocument,
} from '../generated/graphql';
import { toAdminError } from './admin-error';
import type {
  AdminRegionDto,
  AdminTeamDto,
  AdminUserDto,
  AdminUserPageDto,
  AuditedEntity,
  AuditEntryDto,
} from './org-admin.models';

/**
 * The organisation admin operations of the API (ADMIN only), typed. Queries always go to the
 * network (another administrator or an import may change the organisation at any time); every
 * call fails with an `AdminError` (code, message, every refused field), never with an Apollo error.
 */
@Injectable({ providedIn: 'root' })
export class OrgAdminApi {
  private readonly apollo = inject(Apollo);

  regions(): Observable<readonly AdminRegionDto[]> {
    return this.query(AdminRegionsDocument, {}, (data) => data.adminRegions);
  }

  teams(): Observable<readonly AdminTeamDto[]> {
    return this.query(AdminTeamsDocument, {}, (data) => data.adminTeams);
  }

  /** `first` users matching the filter from `offset` on, in the API's stable order (name, then id). */
  users(filter: AdminUserFilter, first: number, offset = 0): Observable<AdminUserPageDto> {
    return this.query(AdminUsersDocument, { filter, first, offset }, (data) => data.adminUsers);
  }

  auditTrail(entityType: AuditedEntity, entityId: string): Observable<readonly AuditEntryDto[]> {
    return this.query(AuditTrailDocument, { entityType, entityId }, (data) => data.auditTrail);
  }

  createRegion(input: AdminRegionInput): Observable<AdminRegionDto> {
    return this.mutate(CreateRegionDocument, { input }, (data) => data.createRegion);
  }

  renameRegion(input: AdminRegionInput): Observable<AdminRegionDto> {
    return this.mutate(RenameRegionDocument, { input }, (data) => data.renameRegion);
  }

  deleteRegion(id: string): Observable<string> {
    return this.mutate(DeleteRegionDocument, { id }, (data) => data.deleteRegion);
  }

  createTeam(input: AdminTeamInput): Observable<AdminTeamDto> {
    return this.mutate(CreateTeamDocument, { input }, (data) => data.createTeam);
  }

  updateTeam(input: AdminTeamInput): Observable<AdminTeamDto> {
    return this.mutate(UpdateTeamDocument, { input }, (data) => data.updateTeam);
  }

  deleteTeam(id: string): Observable<string> {
    return this.mutate(DeleteTeamDocument, { id }, (data) => data.deleteTeam);
  }

  createUser(input: AdminUserInput): Observable<AdminUserDto> {
    return this.mutate(CreateUserDocument, { input }, (data) => data.createUser);
  }

  updateUser(input: AdminUserInput): Observable<AdminUserDto> {
    return this.mutate(UpdateUserDocument, { input }, (data) => data.updateUser);
  }

  deactivateUser(userId: string, reason: string | null): Observable<AdminUserDto> {
    return this.mutate(DeactivateUserDocument, { userId, reason }, (data) => data.deactivateUser);
  }

  reactivateUser(userId: string, reason: string | null): Observable<AdminUserDto> {
    return this.mutate(ReactivateUserDocument, { userId, reason }, (data) => data.reactivateUser);
  }

  /** The temporary password is in this answer only; it is never stored in the client's cache. */
  resetPassword(userId: string): Observable<ResetPasswordMutation['resetPassword']> {
    return this.mutate(ResetPasswordDocument, { userId }, (data) => data.resetPassword, 'no-cache');
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
