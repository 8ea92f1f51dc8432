/// <reference types="@angular/localize" />
import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import type { Page } from './role-pages';

/** Texts of the app shell, kept together for translation (docs: libs/dashboard/shared/util-i18n/README.md). */
export const APP_TEXTS = {
  product: $localize`:@@app.product:Sales KPI`,
  skipToContent: $localize`:@@app.skipToContent:Skip to main content`,
  signedInAs: $localize`:@@app.signedInAs:Signed in as {name}, {role}`,
  signOut: $localize`:@@app.signOut:Sign out`,
  changePassword: $localize`:@@app.changePassword:Change password`,
  navigation: $localize`:@@app.navigation:Main`,
  titles: {
    login: $localize`:@@app.title.login:Sign in · Sales KPI`,
    password: $localize`:@@app.title.password:Change password · Sales KPI`,
    me: $localize`:@@app.title.me:My performance · Sales KPI`,
    teams: $localize`:@@app.title.teams:My teams · Sales KPI`,
    targets: $localize`:@@app.title.targets:Targets · Sales KPI`,
    corridors: $localize`:@@app.title.corridors:Corridors overview · Sales KPI`,
    corridorEditor: $localize`:@@app.title.corridorEditor:Corridor editor · Sales KPI`,
    rep: $localize`:@@app.title.rep:Rep · Sales KPI`,
    rows: $localize`:@@app.title.rows:Behind the number · Sales KPI`,
    deal: $localize`:@@app.title.deal:Deal · Sales KPI`,
    journey: $localize`:@@app.title.journey:Journey & customer voice · Sales KPI`,
    company: $localize`:@@app.title.company:Company overview · Sales KPI`,
    overview: $localize`:@@app.title.overview:KPI overview · Sales KPI`,
    import: $localize`:@@app.title.import:Import data · Sales KPI`,
    responsibility: $localize`:@@app.title.responsibility:Responsibility matrix · Sales KPI`,
    admin: $localize`:@@app.title.admin:Organisation · Sales KPI`,
  } satisfies Record<Page | 'login' | 'password' | 'corridorEditor' | 'rep' | 'rows' | 'deal', string>,
  pages: {
    me: $localize`:@@app.page.me:My performance`,
    teams: $localize`:@@app.page.teams:My teams`,
    targets: $localize`:@@app.page.targets:Targets`,
    corridors: $localize`:@@app.page.corridors:Corridors`,
    journey: $localize`:@@app.page.journey:Journey & voice`,
    company: $localize`:@@app.page.company:Company`,
    overview: $localize`:@@app.page.overview:Overview`,
    import: $localize`:@@app.page.import:Import`,
    responsibility: $localize`:@@app.page.responsibility:Responsibility`,
    admin: $localize`:@@app.page.admin:Organisation`,
  } satisfies Record<Page, string>,
  roles: ROLE_NAMES,
} as const;
