import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Where a person goes whose password an administrator set: nothing else opens until it is changed. */
export const CHANGE_PASSWORD_PATH = '/password';

/**
 * Pages behind sign-in: without a session go to the login page and come back afterwards; with a
 * password to change, go to the change-password page first.
 */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.signedIn()) {
    const returnUrl = state.url === '/' ? undefined : state.url;
    return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
  }
  return auth.mustChangePassword() ? router.parseUrl(CHANGE_PASSWORD_PATH) : true;
};

/** The change-password page: for signed-in people only. */
export const passwordGuard: CanActivateFn = () =>
  inject(AuthService).signedIn() ? true : inject(Router).createUrlTree(['/login']);

/** The login page: a signed-in person goes straight to the dashboard. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthService).signedIn() ? inject(Router).createUrlTree(['/']) : true;

/** A return URL from the query string, accepted only when it stays inside the app. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}
