import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { from, switchMap, tap } from 'rxjs';
import { AuthService } from './auth.service';
import { SESSION_OPERATION_NAMES } from './session-operations';
import { CSRF_HEADER, CSRF_TOKEN } from './session';

/** Only our own API gets the token: relative URLs (the API serves the dashboard on the same origin). */
function isApiRequest(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Sign-in, refresh and sign-out go by the cookie, never with a bearer token (which may be stale). */
function isSessionOperation(request: HttpRequest<unknown>): boolean {
  const body = request.body;
  if (!body || typeof body !== 'object' || !('operationName' in body)) {
    return false;
  }
  const name = body.operationName;
  return typeof name === 'string' && SESSION_OPERATION_NAMES.has(name);
}

/**
 * On API requests: echoes the CSRF cookie in the X-CSRF-Token header (the API requires it wherever
 * the refresh cookie is used), and adds `Authorization: Bearer <token>`, renewing the token first
 * when it is about to run out. An HTTP 401 ends the session (GraphQL errors arrive with status 200;
 * `authErrorLink` handles those).
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) {
    return next(request);
  }
  const csrf = inject(CSRF_TOKEN)();
  const withCsrf = csrf ? request.clone({ setHeaders: { [CSRF_HEADER]: csrf } }) : request;
  if (isSessionOperation(request)) {
    return next(withCsrf);
  }
  const auth = inject(AuthService);
  return from(auth.accessToken()).pipe(
    switchMap((token) => {
      const authorised = token ? withCsrf.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : withCsrf;
      return next(authorised).pipe(
        tap({
          error: (error: unknown) => {
            if (token && error instanceof HttpErrorResponse && error.status === 401) {
              void auth.expireSession();
            }
          },
        }),
      );
    }),
  );
};
