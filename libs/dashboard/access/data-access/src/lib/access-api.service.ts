import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import type { AccessDto, RegionDto, TeamDto } from './access.models';
import { MyAccessDocument, MyTeamsDocument, RegionsDocument } from './generated/graphql';

/**
 * The access queries of the API, typed. Every call goes to the network (an administrator may change
 * the responsibility matrix or the teams at any time) and fails with an `ApiError`.
 */
@Injectable({ providedIn: 'root' })
export class AccessApi {
  private readonly apollo = inject(Apollo);

  /** Every role: role, default scope and the responsibility behind each visible KPI. */
  myAccess(): Observable<AccessDto> {
    return this.run(MyAccessDocument, (data) => data.myAccess);
  }

  /** ADMIN, MANAGEMENT, CONTROLLING, MARKETING; FORBIDDEN for the others. */
  regions(): Observable<readonly RegionDto[]> {
    return this.run(RegionsDocument, (data) => data.regions);
  }

  /** SALES_MANAGER: the teams they manage with their reps; FORBIDDEN for the others. */
  myTeams(): Observable<readonly TeamDto[]> {
    return this.run(MyTeamsDocument, (data) => data.myTeams);
  }

  private run<TData, TResult>(
    query: TypedDocumentNode<TData, Record<string, never>>,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.query<TData, Record<string, never>>({ query, variables: {}, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        if (result.data === undefined || result.data === null) {
          throw new Error('The API answered without data');
        }
        return pick(result.data as TData);
      }),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}
