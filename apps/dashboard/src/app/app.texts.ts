import type { Role } from '@salesdash/shared/domain';

/** Texts of the app shell, kept together for translation. */
export const APP_TEXTS = {
  product: 'Sales KPI',
  skipToContent: 'Skip to main content',
  signedInAs: 'Signed in as {name}, {role}',
  signOut: 'Sign out',
  titles: {
    login: 'Sign in · Sales KPI',
    overview: 'KPI overview · Sales KPI',
  },
  roles: {
    ADMIN: 'Administrator',
    MANAGEMENT: 'Management',
    CONTROLLING: 'Controlling',
    MARKETING: 'Marketing',
    SALES_MANAGER: 'Sales manager',
    SALES_REP: 'Sales rep',
  } satisfies Record<Role, string>,
} as const;
