import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import type { CorridorDto } from './corridor.models';
import type {
  CorridorAuditEntryDto,
  CorridorDraftInput,
  CorridorImpactDto,
  CorridorSuggestionDto,
  PublishCorridorInput,
} from './corridor-editor.models';
import {
  CORRIDOR_AUDIT_QUERY,
  CORRIDOR_IMPACT_QUERY,
  CORRIDOR_SUGGESTION_QUERY,
  PUBLISH_CORRIDOR_MUTATION,
} from './corridor-editor.operations';

function required<T>(data: T | null | undefined): T {
  if (data === undefined || data === null) {
    throw new Error('The API answered without data');
  }
  return data;
}

/**
 * Controlling's corridor operations: the audit trail of a series, a draft's impact, a suggestion from
 * history and publishing a new version. Fails
 * with an `ApiError`; a stale `expectedVersion` is a CONFLICT carrying the current version.
 */
@Injectable({ providedIn: 'root' })
export class CorridorApi {
  private readonly apollo = inject(Apollo);

  audit(businessModel: string, kpi: string): Observable<readonly CorridorAuditEntryDto[]> {
    return this.apollo
      .query({ query: CORRIDOR_AUDIT_QUERY, variables: { businessModel, kpi }, fetchPolicy: 'network-only' })
      .pipe(
        map((result) => required(result.data).corridorAudit as readonly CorridorAuditEntryDto[]),
        catchError((error: unknown) => throwError(() => toApiError(error))),
      );
  }

  /** Always asked anew: the answer depends on data and corridors that change under the draft. */
  impact(draft: CorridorDraftInput): Observable<CorridorImpactDto> {
    return this.apollo.query({ query: CORRIDOR_IMPACT_QUERY, variables: { draft }, fetchPolicy: 'no-cache' }).pipe(
      map((result) => required(result.data).corridorImpact as CorridorImpactDto),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  suggestion(businessModel: string, kpi: string): Observable<CorridorSuggestionDto> {
    return this.apollo
      .query({ query: CORRIDOR_SUGGESTION_QUERY, variables: { businessModel, kpi }, fetchPolicy: 'no-cache' })
      .pipe(
        map((result) => required(result.data).corridorSuggestion as CorridorSuggestionDto),
        catchError((error: unknown) => throwError(() => toApiError(error))),
      );
  }

  publish(input: PublishCorridorInput): Observable<CorridorDto> {
    return this.apollo.mutate({ mutation: PUBLISH_CORRIDOR_MUTATION, variables: { input } }).pipe(
      map((result) => required(result.data).publishCorridor as CorridorDto),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}
