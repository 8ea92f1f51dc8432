import type {
  AdminRegionFieldsFragment,
  AdminTeamFieldsFragment,
  AdminUserFieldsFragment,
  AdminUsersQuery,
  AuditTrailQuery,
} from '../generated/graphql';

export type AdminRegionDto = AdminRegionFieldsFragment;

export type AdminTeamDto = AdminTeamFieldsFragment;

export type AdminUserDto = AdminUserFieldsFragment;

export type AdminUserPageDto = AdminUsersQuery['adminUsers'];

export type AuditEntryDto = AuditTrailQuery['auditTrail'][number];

/** The entities the audit trail is kept for, as the API names them. */
export type AuditedEntity = 'region' | 'team' | 'user';
