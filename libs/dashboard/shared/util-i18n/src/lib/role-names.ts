import type { Role } from '@salesdash/shared/domain';

/** How every page names a role. */
export const ROLE_NAMES = {
  ADMIN: 'Administrator',
  MANAGEMENT: 'Management',
  CONTROLLING: 'Controlling',
  MARKETING: 'Marketing',
  SALES_MANAGER: 'Sales manager',
  SALES_REP: 'Sales rep',
} as const satisfies Record<Role, string>;
