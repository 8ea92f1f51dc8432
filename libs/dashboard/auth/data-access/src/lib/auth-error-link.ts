import { inject, Injector } from '@angular/core';
import type { ApolloLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '@salesdash/dashboard/shared/data-access';
import { AuthService } from './auth.service';
import { SESSION_OPERATION_NAMES } from './session-operations';

/**
 * An Apollo link that calls `onUnauthenticated` when the API answers UNAUTHENTICATED to any
 * operation but the session's own (a refused sign-in means "wrong e-mail or password"; a refused
 * refresh is handled by the AuthService).
 */
export function createAuthErrorLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (!SESSION_OPERATION_NAMES.has(operation.operationName ?? '') && isUnauthenticated(error)) {
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
