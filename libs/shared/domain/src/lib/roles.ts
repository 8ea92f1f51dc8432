export const ROLES = ['ADMIN', 'MANAGEMENT', 'CONTROLLING', 'MARKETING', 'SALES_MANAGER', 'SALES_REP'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const SCOPE_TYPES = ['COMPANY', 'REGION', 'TEAM', 'REP'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export const TARGET_SCOPE_TYPES = ['REP', 'TEAM'] as const;
export type TargetScopeType = (typeof TARGET_SCOPE_TYPES)[number];
