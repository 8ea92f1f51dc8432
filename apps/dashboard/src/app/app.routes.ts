import type { Route } from '@angular/router';
import { authGuard, guestGuard, passwordGuard } from '@salesdash/dashboard/auth/data-access';
import { APP_TEXTS } from './app.texts';
import { homeGuard, type Page, pageGuard, REP_PAGE_ROLES, rolesGuard } from './role-pages';

const homes = () => import('@salesdash/dashboard/home/feature-homes');

function page(path: Page, loadComponent: Route['loadComponent']): Route {
  return { path, title: APP_TEXTS.titles[path], canActivate: [authGuard, pageGuard(path)], loadComponent };
}

/**
 * Every page is a lazy chunk; the KPI pages (and with them ECharts) load only after sign-in. `/`
 * leads to the role's home; a page the role may not use leads there too.
 */
export const appRoutes: Route[] = [
  {
    path: 'login',
    title: APP_TEXTS.titles.login,
    canActivate: [guestGuard],
    loadComponent: () => import('@salesdash/dashboard/auth/feature-login').then((m) => m.LoginPage),
  },
  {
    path: 'password',
    title: APP_TEXTS.titles.password,
    canActivate: [passwordGuard],
    loadComponent: () => import('@salesdash/dashboard/auth/feature-login').then((m) => m.ChangePasswordPage),
  },
  { path: '', pathMatch: 'full', canActivate: [authGuard, homeGuard], children: [] },
  page('me', () => homes().then((m) => m.MyPerformancePage)),
  page('teams', () => homes().then((m) => m.MyTeamsPage)),
  page('targets', () => import('@salesdash/dashboard/targets/feature-grid').then((m) => m.TargetsPage)),
  page('corridors', () => homes().then((m) => m.CorridorsPage)),
  // A sub-page of `corridors`: the same roles may use it, and the navigation keeps `Corridors` active.
  {
    path: 'corridors/edit',
    title: APP_TEXTS.titles.corridorEditor,
    canActivate: [authGuard, pageGuard('corridors')],
    loadComponent: () => import('@salesdash/dashboard/corridors/feature-editor').then((m) => m.CorridorEditorPage),
  },
  {
    path: 'reps/:repId',
    title: APP_TEXTS.titles.rep,
    canActivate: [authGuard, rolesGuard(REP_PAGE_ROLES)],
    loadComponent: () => homes().then((m) => m.RepPage),
  },
  // Behind any number and any deal: every signed-in person; the API decides which rows and deals.
  {
    path: 'rows/:kpi',
    title: APP_TEXTS.titles.rows,
    canActivate: [authGuard],
    loadComponent: () => import('@salesdash/dashboard/kpi/feature-rows').then((m) => m.RowsPage),
  },
  {
    path: 'deals/:dealId',
    title: APP_TEXTS.titles.deal,
    canActivate: [authGuard],
    loadComponent: () => import('@salesdash/dashboard/kpi/feature-rows').then((m) => m.DealPage),
  },
  page('journey', () => homes().then((m) => m.JourneyPage)),
  page('company', () => homes().then((m) => m.CompanyPage)),
  page('overview', () => import('@salesdash/dashboard/kpi/feature-overview').then((m) => m.OverviewPage)),
  page('import', () => import('@salesdash/dashboard/admin/feature-import').then((m) => m.ImportPage)),
  page('responsibility', () =>
    import('@salesdash/dashboard/admin/feature-responsibility').then((m) => m.ResponsibilityPage),
  ),
  page('admin', () => import('@salesdash/dashboard/admin/feature-org').then((m) => m.OrgAdminPage)),
  { path: '**', redirectTo: '' },
];
