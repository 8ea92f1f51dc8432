import type { Role } from '@salesdash/shared/domain';

export interface AdminRegionDto {
  readonly id: string;
  readonly name: string;
  readonly teamCount: number;
}

export interface AdminTeamDto {
  readonly id: string;
  readonly name: string;
  readonly region: { readonly id: string; readonly name: string };
  readonly manager: { readonly id: string; readonly displayName: string; readonly active: boolean } | null;
  readonly memberCount: number;
}

export interface AdminUserDto {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly team: { readonly id: string; readonly name: string } | null;
  readonly active: boolean;
  readonly hasPassword: boolean;
  readonly mustChangePassword: boolean;
}

export interface AdminUserPageDto {
  readonly totalCount: number;
  readonly users: readonly AdminUserDto[];
}

export interface AdminUserFilter {
  readonly search?: string | null;
  readonly role?: Role | null;
  readonly teamId?: string | null;
  readonly active?: boolean | null;
}

export interface AuditEntryDto {
  readonly id: string;
  readonly occurredAt: string;
  readonly action: string;
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly reason: string | null;
  readonly changes: readonly {
    readonly field: string;
    readonly before: string | null;
    readonly after: string | null;
  }[];
}

export interface RegionInput {
  readonly id: string;
  readonly name: string;
}

export interface TeamInput {
  readonly id: string;
  readonly name: string;
  readonly regionId: string;
  readonly managerUserId: string | null;
}

export interface UserInput {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
}

/** The entities the audit trail is kept for, as the API names them. */
export type AuditedEntity = 'region' | 'team' | 'user';
