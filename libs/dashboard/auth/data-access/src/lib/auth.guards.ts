import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Pages behind sign-in: without a valid session go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const hadSession = auth.signedIn();
  if (auth.hasValidSession()) {
    return true;
  }
  const returnUrl = state.url === '/' ? undefined : state.url;
  return inject(Router).createUrlTree(['/login'], { queryParams: { expired: hadSession ? 1 : undefined, returnUrl } });
};

/** The login page: a signed-in person goes straight to the dashboard. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthService).hasValidSession() ? inject(Router).createUrlTree(['/']) : true;

/** A return URL from the query string, accepted only when it stays inside the app. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}
