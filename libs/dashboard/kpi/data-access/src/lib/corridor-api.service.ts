import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import type { CorridorBasis } from '@salesdash/shared/domain';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import type { CorridorDto } from './corridor.models';
import type {
  CorridorAuditEntryDto,
  CorridorImpactDto,
  CorridorSuggestionDto,
  CorridorTrendPointDto,
} from './corridor-editor.models';
import {
  CorridorAuditDocument,
  type CorridorDraftInput,
  CorridorImpactDocument,
  CorridorSuggestionDocument,
  CorridorTrendDocument,
  type KpiTrendFilter,
  PublishCorridorDocument,
  type PublishCorridorInput,
} from './generated/graphql';

function required<T>(data: T | null | undefined): T {
  if (data === undefined || data === null) {
    throw new Error('The API answered without data');
  }
  return data;
}

/**
 * Controlling's corridor operations: the audit trail of a series, the history a draft is drawn on, a
 * draft's impact, a suggestion from history and publishing a new version. Fails with an `ApiError`; a
 * stale `expectedVersion` is a CONFLICT carrying the current version.
 */
@Injectable({ providedIn: 'root' })
export class CorridorApi {
  private readonly apollo = inject(Apollo);

  audit(businessModel: string, kpi: string): Observable<readonly CorridorAuditEntryDto[]> {
    return this.apollo
      .query({ query: CorridorAuditDocument, variables: { businessModel, kpi }, fetchPolicy: 'network-only' })
      .pipe(
        map((result) => required(result.data).corridorAudit),
        catchError((error: unknown) => throwError(() => toApiError(error))),
      );
  }

  /** Always asked anew: the answer depends on data and corridors that change under the draft. */
  impact(draft: CorridorDraftInput): Observable<CorridorImpactDto> {
    return this.apollo.query({ query: CorridorImpactDocument, variables: { draft }, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data).corridorImpact),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  /**
   * The monthly points of the first series the filter selects (empty without one), with reps, elapsed
   * months and target to date. Not cached: the overview's trend keeps other fields of the same points.
   */
  trend(filter: KpiTrendFilter): Observable<readonly CorridorTrendPointDto[]> {
    return this.apollo.query({ query: CorridorTrendDocument, variables: { filter }, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data).kpiTrend[0]?.points ?? []),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  suggestion(businessModel: string, kpi: string, basis: CorridorBasis): Observable<CorridorSuggestionDto> {
    return this.apollo
      .query({ query: CorridorSuggestionDocument, variables: { businessModel, kpi, basis }, fetchPolicy: 'no-cache' })
      .pipe(
        map((result) => required(result.data).corridorSuggestion),
        catchError((error: unknown) => throwError(() => toApiError(error))),
      );
  }

  publish(input: PublishCorridorInput): Observable<CorridorDto> {
    return this.apollo.mutate({ mutation: PublishCorridorDocument, variables: { input } }).pipe(
      map((result) => required(result.data).publishCorridor),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}
