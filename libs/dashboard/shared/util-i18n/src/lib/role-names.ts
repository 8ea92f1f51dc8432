/// <reference types="@angular/localize" />
import type { Role } from '@salesdash/shared/domain';

/** How every page names a role: German names the function, so no role needs a gendered noun. */
export const ROLE_NAMES = {
  ADMIN: $localize`:@@role.ADMIN:Administrator`,
  MANAGEMENT: $localize`:@@role.MANAGEMENT:Management`,
  CONTROLLING: $localize`:@@role.CONTROLLING:Controlling`,
  MARKETING: $localize`:@@role.MARKETING:Marketing`,
  SALES_MANAGER: $localize`:@@role.SALES_MANAGER:Sales manager`,
  SALES_REP: $localize`:@@role.SALES_REP:Sales rep`,
} as const satisfies Record<Role, string>;
