import { inject, Injector } from '@angular/core';
import type { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '@salesdash/dashboard/shared/data-access';
import { AuthService } from './auth.service';
import { LOGIN_OPERATION_NAME } from './login.operation';

/**
 * An Apollo link that calls `onUnauthenticated` when the API answers UNAUTHENTICATED to any
 * operation but the sign-in itself (whose UNAUTHENTICATED means "wrong e-mail or password").
 */
export function createAuthErrorLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== LOGIN_OPERATION_NAME && isUnauthenticated(error)) {
      onUnauthenticated();
    }
  });
}

/**
 * The link that ends an expired or refused session and shows the login page ("Your session has
 * expired"). Call it in an injection context (the Apollo options factory); the AuthService is looked
 * up on the first error, since it itself depends on Apollo.
 */
export function authErrorLink(): ApolloLink {
  const injector = inject(Injector);
  return createAuthErrorLink(() => {
    const auth = injector.get(AuthService);
    if (auth.signedIn()) {
      void auth.expireSession();
    }
  });
}
