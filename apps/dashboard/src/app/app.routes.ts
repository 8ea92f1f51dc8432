import type { Route } from '@angular/router';
import { authGuard, guestGuard } from '@salesdash/dashboard/auth/data-access';
import { APP_TEXTS } from './app.texts';

/** Every page is a lazy chunk; the KPI pages (and with them ECharts) load only after sign-in. */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: APP_TEXTS.titles.login,
    canActivate: [guestGuard],
    loadComponent: () => import('@salesdash/dashboard/auth/feature-login').then((m) => m.LoginPage),
  },
  {
    path: '',
    pathMatch: 'full',
    title: APP_TEXTS.titles.overview,
    canActivate: [authGuard],
    loadComponent: () => import('@salesdash/dashboard/kpi/feature-overview').then((m) => m.OverviewPage),
  },
  { path: '**', redirectTo: '' },
];
