import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  DealHistoryDocument,
  type DealHistoryQuery,
  KpiRowsDocument,
  type KpiRowsFilter,
  type KpiRowsQuery,
  type ScopeInput,
  ScopeNavigationDocument,
  type ScopeNavigationQuery,
} from '../generated/graphql';

export type KpiRowsDto = KpiRowsQuery['kpiRows'];
export type KpiRowDto = KpiRowsDto['rows'][number];
export type ScopeNavigationDto = ScopeNavigationQuery['scopeNavigation'];
export type ScopeCrumbDto = ScopeNavigationDto['path'][number];
export type DealHistoryDto = DealHistoryQuery['dealHistory'];
export type { KpiRowsFilter, ScopeInput };

/** The rows behind a number, where a scope sits, and a deal's history; never cached, errors are ApiErrors. */
@Injectable({ providedIn: 'root' })
export class KpiRowsApi {
  private readonly apollo = inject(Apollo);

  rows(filter: KpiRowsFilter): Observable<KpiRowsDto> {
    return this.run(KpiRowsDocument, { filter }, (data) => data.kpiRows);
  }

  navigation(scope: ScopeInput | null): Observable<ScopeNavigationDto> {
    return this.run(ScopeNavigationDocument, { scope }, (data) => data.scopeNavigation);
  }

  deal(dealId: string): Observable<DealHistoryDto> {
    return this.run(DealHistoryDocument, { dealId }, (data) => data.dealHistory);
  }

  private run<TData, TVariables extends OperationVariables, TResult>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'no-cache' }).pipe(
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
