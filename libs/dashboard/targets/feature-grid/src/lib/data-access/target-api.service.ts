import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  SaveTargetGridDocument,
  type SaveTargetGridInput,
  TargetGridDocument,
  type TargetGridFieldsFragment,
  type TargetGridRequest,
  TargetTeamsDocument,
  type TargetTeamsQuery,
} from '../generated/graphql';

export type TargetGridDto = TargetGridFieldsFragment;
export type TargetTeamDto = TargetTeamsQuery['targetTeams'][number];
export type { SaveTargetGridInput, TargetGridRequest };

export interface SavedTargetGrid {
  readonly changedCells: number;
  readonly grid: TargetGridDto;
}

function required<T>(data: T | null | undefined): T {
  if (data === null || data === undefined) {
    throw new Error('The API answered without data');
  }
  return data;
}

/** The target grids of the API; never cached, since several people edit them. Errors are ApiErrors. */
@Injectable({ providedIn: 'root' })
export class TargetApi {
  private readonly apollo = inject(Apollo);

  teams(): Observable<readonly TargetTeamDto[]> {
    return this.query(TargetTeamsDocument, {}).pipe(map((data) => data.targetTeams));
  }

  grid(input: TargetGridRequest): Observable<TargetGridDto> {
    return this.query(TargetGridDocument, { input }).pipe(map((data) => data.targetGrid));
  }

  /** All or nothing: CONFLICT (with `current.cells`) when the grid changed since `input.base` was loaded. */
  save(input: SaveTargetGridInput): Observable<SavedTargetGrid> {
    return this.apollo.mutate({ mutation: SaveTargetGridDocument, variables: { input }, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data).saveTargetGrid),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  private query<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Observable<TData> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data as TData | undefined)),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}
