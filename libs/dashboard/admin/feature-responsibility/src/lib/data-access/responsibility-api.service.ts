import { inject, Injectable } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type ApiError, toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  type ResponsibilityChangeInput,
  ResponsibilityHistoryDocument,
  ResponsibilityMatrixDocument,
  UpdateResponsibilitiesDocument,
} from '../generated/graphql';
import type { FieldIssue, ResponsibilityChangeDto, ResponsibilityMatrixDto } from './responsibility.models';

/** An API error with every field issue of a BAD_USER_INPUT answer (the API reports them all at once). */
export interface ResponsibilityError extends ApiError {
  readonly issues: readonly FieldIssue[];
}

export const HISTORY_LIMIT = 50;

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as FieldIssue).field === 'string' &&
    typeof (value as FieldIssue).message === 'string'
  );
}

export function toResponsibilityError(error: unknown): ResponsibilityError {
  const apiError = toApiError(error);
  const extensions = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions : undefined;
  const issues = extensions?.['issues'];
  return { ...apiError, issues: Array.isArray(issues) ? issues.filter(isFieldIssue) : [] };
}

function required<T>(data: T | null | undefined): T {
  if (data === null || data === undefined) {
    throw new Error('The API answered without data');
  }
  return data;
}

/**
 * The responsibility matrix of the API (ADMIN and MANAGEMENT; FORBIDDEN for the others). Nothing is
 * cached: the matrix is changed by several people and every answer must be the current one.
 */
@Injectable({ providedIn: 'root' })
export class ResponsibilityApi {
  private readonly apollo = inject(Apollo);

  matrix(): Observable<ResponsibilityMatrixDto> {
    return this.apollo.query({ query: ResponsibilityMatrixDocument, variables: {}, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data).responsibilityMatrix),
      catchError((error: unknown) => throwError(() => toResponsibilityError(error))),
    );
  }

  history(limit = HISTORY_LIMIT): Observable<readonly ResponsibilityChangeDto[]> {
    return this.apollo
      .query({ query: ResponsibilityHistoryDocument, variables: { limit }, fetchPolicy: 'no-cache' })
      .pipe(
        map((result) => required(result.data).responsibilityHistory),
        catchError((error: unknown) => throwError(() => toResponsibilityError(error))),
      );
  }

  /** Applies every change or none; the answer is the matrix after them. */
  update(changes: readonly ResponsibilityChangeInput[], reason: string): Observable<ResponsibilityMatrixDto> {
    return this.apollo
      .mutate({ mutation: UpdateResponsibilitiesDocument, variables: { changes, reason }, fetchPolicy: 'no-cache' })
      .pipe(
        map((result) => required(result.data).updateResponsibilities),
        catchError((error: unknown) => throwError(() => toResponsibilityError(error))),
      );
  }
}
