import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  type TeamMedianFilter,
  TeamMediansDocument,
  TeamMedianTrendDocument,
  type TeamMedianTrendFilter,
} from './generated/graphql';
import type { TeamMedianDto, TeamMedianSeriesDto } from './team-median.models';

/** SALES_REP only: the anonymous team medians beside the rep's own figures; FORBIDDEN for the others. */
@Injectable({ providedIn: 'root' })
export class TeamMedianApi {
  private readonly apollo = inject(Apollo);

  medians(filter: TeamMedianFilter): Observable<readonly TeamMedianDto[]> {
    return this.apollo.query({ query: TeamMediansDocument, variables: { filter }, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        if (!result.data) {
          throw new Error('The API answered without data');
        }
        return result.data.teamMedians;
      }),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  /** The same medians month by month (oldest first), for a rep's trend against their team. */
  trend(filter: TeamMedianTrendFilter): Observable<readonly TeamMedianSeriesDto[]> {
    return this.apollo
      .query({ query: TeamMedianTrendDocument, variables: { filter }, fetchPolicy: 'network-only' })
      .pipe(
        map((result) => {
          if (!result.data) {
            throw new Error('The API answered without data');
          }
          return result.data.teamMedianTrend;
        }),
        catchError((error: unknown) => throwError(() => toApiError(error))),
      );
  }
}
