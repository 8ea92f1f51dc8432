import { inject, Injectable } from '@angular/core';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import { RepDealsDocument, type RepDealsQuery, type RepDealsRequest } from '../generated/graphql';

export type RepDealsDto = RepDealsQuery['repDeals'];
export type OpenDealDto = RepDealsDto['openDeals'][number];
export type DealActionDto = RepDealsDto['actions'][number];
export type { RepDealsRequest };

/** A rep's deals as they stand now; never cached (they change with every import). Errors are ApiErrors. */
@Injectable({ providedIn: 'root' })
export class RepDealsApi {
  private readonly apollo = inject(Apollo);

  deals(input: RepDealsRequest): Observable<RepDealsDto> {
    return this.apollo.query({ query: RepDealsDocument, variables: { input }, fetchPolicy: 'no-cache' }).pipe(
      map((result) => {
        if (!result.data) {
          throw new Error('The API answered without data');
        }
        return result.data.repDeals;
      }),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}
