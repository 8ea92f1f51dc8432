import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import type { Role } from '@salesdash/shared/domain';

/** The pages behind sign-in; each is also its path. */
export const PAGES = [
  'me',
  'teams',
  'targets',
  'corridors',
  'journey',
  'company',
  'overview',
  'import',
  'responsibility',
  'admin',
] as const;
export type Page = (typeof PAGES)[number];

/**
 * The pages each role may use, its home first. The API decides what the figures are; this only keeps
 * the navigation to what the role can use and never opens a page that would ask for more.
 */
export const ROLE_PAGES: Readonly<Record<Role, readonly Page[]>> = {
  SALES_REP: ['me'],
  SALES_MANAGER: ['teams', 'targets', 'overview'],
  CONTROLLING: ['corridors', 'overview', 'journey', 'targets', 'import'],
  MARKETING: ['journey'],
  MANAGEMENT: ['company', 'overview', 'journey', 'targets', 'responsibility'],
  ADMIN: ['company', 'overview', 'journey', 'targets', 'admin', 'import', 'responsibility'],
};

/** Who may open a rep's page (a sales manager: the reps of their teams; the API checks which rep). */
export const REP_PAGE_ROLES: readonly Role[] = ['SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN'];

export function homePath(role: Role): string {
  return `/${ROLE_PAGES[role][0]}`;
}

export function mayUse(role: Role, page: Page): boolean {
  return ROLE_PAGES[role].includes(page);
}

/** `/`: the signed-in person's home. */
export const homeGuard: CanActivateFn = () => {
  const viewer = inject(AuthService).viewer();
  return inject(Router).parseUrl(viewer ? homePath(viewer.role) : '/login');
};

/** A page the role may not use leads to the role's home instead. */
export function pageGuard(page: Page): CanActivateFn {
  return () => {
    const viewer = inject(AuthService).viewer();
    if (viewer && mayUse(viewer.role, page)) {
      return true;
    }
    return inject(Router).parseUrl(viewer ? homePath(viewer.role) : '/login');
  };
}

/** A page outside the navigation that only some roles may use; the others land on their home. */
export function rolesGuard(roles: readonly Role[]): CanActivateFn {
  return () => {
    const viewer = inject(AuthService).viewer();
    if (viewer && roles.includes(viewer.role)) {
      return true;
    }
    return inject(Router).parseUrl(viewer ? homePath(viewer.role) : '/login');
  };
}
