import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, of } from 'rxjs';
import { DemoLoginsDocument, type DemoLoginsQuery } from './generated/graphql';

/** A demo account the login page offers: e-mail, role and password. */
export type DemoLogin = DemoLoginsQuery['demoLogins'][number];

/** The demo accounts the server offers; none outside demo mode, and none when it cannot be asked. */
@Injectable({ providedIn: 'root' })
export class DemoLoginsService {
  private readonly apollo = inject(Apollo);

  list(): Observable<readonly DemoLogin[]> {
    return this.apollo.query({ query: DemoLoginsDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => result.data?.demoLogins ?? []),
      catchError(() => of([])),
    );
  }
}
