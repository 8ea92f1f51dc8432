import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import type { Page } from './role-pages';

/** Texts of the app shell, kept together for translation. */
export const APP_TEXTS = {
  product: 'Sales KPI',
  skipToContent: 'Skip to main content',
  signedInAs: 'Signed in as {name}, {role}',
  signOut: 'Sign out',
  changePassword: 'Change password',
  navigation: 'Main',
  titles: {
    login: 'Sign in · Sales KPI',
    password: 'Change password · Sales KPI',
    me: 'My performance · Sales KPI',
    teams: 'My teams · Sales KPI',
    targets: 'Targets · Sales KPI',
    corridors: 'Corridors overview · Sales KPI',
    corridorEditor: 'Corridor editor · Sales KPI',
    rep: 'Rep · Sales KPI',
    rows: 'Behind the number · Sales KPI',
    deal: 'Deal · Sales KPI',
    journey: 'Journey & customer voice · Sales KPI',
    company: 'Company overview · Sales KPI',
    overview: 'KPI overview · Sales KPI',
    import: 'Import data · Sales KPI',
    responsibility: 'Responsibility matrix · Sales KPI',
    admin: 'Organisation · Sales KPI',
  } satisfies Record<Page | 'login' | 'password' | 'corridorEditor' | 'rep' | 'rows' | 'deal', string>,
  pages: {
    me: 'My performance',
    teams: 'My teams',
    targets: 'Targets',
    corridors: 'Corridors',
    journey: 'Journey & voice',
    company: 'Company',
    overview: 'Overview',
    import: 'Import',
    responsibility: 'Responsibility',
    admin: 'Organisation',
  } satisfies Record<Page, string>,
  roles: ROLE_NAMES,
} as const;
