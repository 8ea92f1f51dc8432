import { inject, Injectable } from '@angular/core';
import type { Role } from '@salesdash/shared/domain';
import { Apollo, gql, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, of } from 'rxjs';

export interface DemoLogin {
  readonly email: string;
  readonly role: Role;
  readonly password: string;
}

const DEMO_LOGINS_QUERY: TypedDocumentNode<{ demoLogins: DemoLogin[] }, Record<string, never>> = gql`
  query DemoLogins {
    demoLogins {
      email
      role
      password
    }
  }
`;

/** The demo accounts the server offers; none outside demo mode, and none when it cannot be asked. */
@Injectable({ providedIn: 'root' })
export class DemoLoginsService {
  private readonly apollo = inject(Apollo);

  list(): Observable<readonly DemoLogin[]> {
    return this.apollo.query({ query: DEMO_LOGINS_QUERY, fetchPolicy: 'network-only' }).pipe(
      map((result) => result.data?.demoLogins ?? []),
      catchError(() => of([])),
    );
  }
}
