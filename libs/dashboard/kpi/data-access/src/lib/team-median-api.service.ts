import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import { type TeamMedianFilter, TeamMediansDocument } from './generated/graphql';
import type { TeamMedianDto } from './team-median.models';

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
}
