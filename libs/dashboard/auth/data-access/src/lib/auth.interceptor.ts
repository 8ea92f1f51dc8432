import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { AuthService } from './auth.service';

/** Only our own API gets the token: relative URLs (the API serves the dashboard on the same origin). */
function isApiRequest(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * Adds `Authorization: Bearer <token>` to API requests and ends the session when the API answers
 * HTTP 401. (GraphQL errors arrive with status 200; `authErrorLink` handles those.)
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiRequest(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const token = auth.hasValidSession() ? auth.token() : null;
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorised).pipe(
    tap({
      error: (error: unknown) => {
        if (token && error instanceof HttpErrorResponse && error.status === 401) {
          void auth.expireSession();
        }
      },
    }),
  );
};
