import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import type { IsoDate } from '@salesdash/shared/domain';
import type { CorridorDto } from './corridor.models';
import {
  BusinessModelsDocument,
  CorridorHistoryDocument,
  CorridorsDocument,
  KpiCatalogueDocument,
  type KpiFilter,
  KpiTrendDocument,
  type KpiTrendFilter,
  KpiValuesByScopeDocument,
  type KpiScopesFilter,
  KpiValuesDocument,
} from './generated/graphql';
import type { BusinessModelDto, KpiDefinitionDto, KpiTrendSeries, KpiValueDto } from './kpi.models';
import { markRunningMonths } from './running-months';

/**
 * The KPI queries of the API, typed. Every call goes to the network (figures change with each
 * import) and fails with an `ApiError` (code, message, field), never with an Apollo error.
 */
@Injectable({ providedIn: 'root' })
export class KpiApi {
  private readonly apollo = inject(Apollo);

  catalogue(): Observable<readonly KpiDefinitionDto[]> {
    return this.run(KpiCatalogueDocument, {}, (data) => data.kpiCatalogue);
  }

  businessModels(): Observable<readonly BusinessModelDto[]> {
    return this.run(BusinessModelsDocument, {}, (data) => data.businessModels);
  }

  values(filter: KpiFilter): Observable<readonly KpiValueDto[]> {
    return this.run(KpiValuesDocument, { filter }, (data) => data.kpiValues);
  }

  /** The values of several regions, teams or reps in one request, by scope id (in the order asked). */
  valuesByScope(filter: KpiScopesFilter): Observable<ReadonlyMap<string, readonly KpiValueDto[]>> {
    return this.run(
      KpiValuesByScopeDocument,
      { filter },
      (data) => new Map(data.kpiValuesByScope.map((scope) => [scope.scopeId, scope.values])),
    );
  }

  /**
   * The monthly trend as it stands at the filter's `asOf` (default: now, when asked): the running
   * month marked partial, months not yet started left out.
   */
  trend(filter: KpiTrendFilter): Observable<readonly KpiTrendSeries[]> {
    const asOf = filter.asOf ? new Date(filter.asOf) : new Date();
    return this.run(KpiTrendDocument, { filter }, (data) => markRunningMonths(data.kpiTrend, asOf));
  }

  /** Every corridor (all models and KPIs) in force on a day: one request for a page's statuses. */
  corridorsInForce(onDate: IsoDate): Observable<readonly CorridorDto[]> {
    return this.run(CorridorsDocument, { onDate }, (data) => data.corridors);
  }

  /** Every version of the model-wide corridor of (business model, KPI), newest first. */
  corridorHistory(businessModel: string, kpi: string): Observable<readonly CorridorDto[]> {
    return this.run(CorridorHistoryDocument, { businessModel, kpi }, (data) => data.corridorHistory);
  }

  private run<TData, TVariables extends OperationVariables, TResult>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'network-only' }).pipe(
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
