import { gql, type TypedDocumentNode } from 'apollo-angular';
import type {
  AdminRegionDto,
  AdminTeamDto,
  AdminUserDto,
  AdminUserFilter,
  AdminUserPageDto,
  AuditEntryDto,
  RegionInput,
  TeamInput,
  UserInput,
} from './org-admin.models';

const USER_FIELDS = `
  id
  email
  displayName
  role
  team {
    id
    name
  }
  active
  hasPassword
  mustChangePassword
`;

const TEAM_FIELDS = `
  id
  name
  region {
    id
    name
  }
  manager {
    id
    displayName
    active
  }
  memberCount
`;

export const ADMIN_REGIONS_QUERY: TypedDocumentNode<{ adminRegions: AdminRegionDto[] }, Record<string, never>> = gql`
  query AdminRegions {
    adminRegions {
      id
      name
      teamCount
    }
  }
`;

export const ADMIN_TEAMS_QUERY: TypedDocumentNode<{ adminTeams: AdminTeamDto[] }, Record<string, never>> = gql`
  query AdminTeams {
    adminTeams {
      ${TEAM_FIELDS}
    }
  }
`;

export const ADMIN_USERS_QUERY: TypedDocumentNode<
  { adminUsers: AdminUserPageDto },
  { filter: AdminUserFilter; first: number; offset: number }
> = gql`
  query AdminUsers($filter: AdminUserFilter, $first: Int!, $offset: Int!) {
    adminUsers(filter: $filter, first: $first, offset: $offset) {
      totalCount
      users {
        ${USER_FIELDS}
      }
    }
  }
`;

export const AUDIT_TRAIL_QUERY: TypedDocumentNode<
  { auditTrail: AuditEntryDto[] },
  { entityType: string; entityId: string }
> = gql`
  query AuditTrail($entityType: String!, $entityId: ID!) {
    auditTrail(entityType: $entityType, entityId: $entityId) {
      id
      occurredAt
      action
      actor {
        id
        displayName
      }
      reason
      changes {
        field
        before
        after
      }
    }
  }
`;

export const CREATE_REGION_MUTATION: TypedDocumentNode<{ createRegion: AdminRegionDto }, { input: RegionInput }> = gql`
  mutation CreateRegion($input: AdminRegionInput!) {
    createRegion(input: $input) {
      id
      name
      teamCount
    }
  }
`;

export const RENAME_REGION_MUTATION: TypedDocumentNode<{ renameRegion: AdminRegionDto }, { input: RegionInput }> = gql`
  mutation RenameRegion($input: AdminRegionInput!) {
    renameRegion(input: $input) {
      id
      name
      teamCount
    }
  }
`;

export const DELETE_REGION_MUTATION: TypedDocumentNode<{ deleteRegion: string }, { id: string }> = gql`
  mutation DeleteRegion($id: ID!) {
    deleteRegion(id: $id)
  }
`;

export const CREATE_TEAM_MUTATION: TypedDocumentNode<{ createTeam: AdminTeamDto }, { input: TeamInput }> = gql`
  mutation CreateTeam($input: AdminTeamInput!) {
    createTeam(input: $input) {
      ${TEAM_FIELDS}
    }
  }
`;

export const UPDATE_TEAM_MUTATION: TypedDocumentNode<{ updateTeam: AdminTeamDto }, { input: TeamInput }> = gql`
  mutation UpdateTeam($input: AdminTeamInput!) {
    updateTeam(input: $input) {
      ${TEAM_FIELDS}
    }
  }
`;

export const DELETE_TEAM_MUTATION: TypedDocumentNode<{ deleteTeam: string }, { id: string }> = gql`
  mutation DeleteTeam($id: ID!) {
    deleteTeam(id: $id)
  }
`;

export const CREATE_USER_MUTATION: TypedDocumentNode<{ createUser: AdminUserDto }, { input: UserInput }> = gql`
  mutation CreateUser($input: AdminUserInput!) {
    createUser(input: $input) {
      ${USER_FIELDS}
    }
  }
`;

export const UPDATE_USER_MUTATION: TypedDocumentNode<{ updateUser: AdminUserDto }, { input: UserInput }> = gql`
  mutation UpdateUser($input: AdminUserInput!) {
    updateUser(input: $input) {
      ${USER_FIELDS}
    }
  }
`;

export const DEACTIVATE_USER_MUTATION: TypedDocumentNode<
  { deactivateUser: AdminUserDto },
  { userId: string; reason: string | null }
> = gql`
  mutation DeactivateUser($userId: ID!, $reason: String) {
    deactivateUser(userId: $userId, reason: $reason) {
      ${USER_FIELDS}
    }
  }
`;

export const REACTIVATE_USER_MUTATION: TypedDocumentNode<
  { reactivateUser: AdminUserDto },
  { userId: string; reason: string | null }
> = gql`
  mutation ReactivateUser($userId: ID!, $reason: String) {
    reactivateUser(userId: $userId, reason: $reason) {
      ${USER_FIELDS}
    }
  }
`;

export const RESET_PASSWORD_MUTATION: TypedDocumentNode<
  { resetPassword: { temporaryPassword: string; user: AdminUserDto } },
  { userId: string }
> = gql`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      temporaryPassword
      user {
        ${USER_FIELDS}
      }
    }
  }
`;
