import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

@ObjectType('AdminRegion', { description: 'A region as the organisation admin manages it.' })
export class AdminRegionType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int, { description: 'Teams in the region; a region can be deleted only without any.' })
  teamCount!: number;
}

@ObjectType('AdminRegionRef')
export class AdminRegionRefType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('AdminTeamRef')
export class AdminTeamRefType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('AdminUserRef')
export class AdminUserRefType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() active!: boolean;
}

@ObjectType('AdminTeam', { description: 'A team with its region, its manager and how many users belong to it.' })
export class AdminTeamType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => AdminRegionRefType) region!: AdminRegionRefType;
  @Field(() => AdminUserRefType, { nullable: true }) manager!: AdminUserRefType | null;
  @Field(() => Int) memberCount!: number;
}

@ObjectType('AdminUser', { description: 'A user account as the organisation admin manages it (never its password).' })
export class AdminUserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => AdminTeamRefType, { nullable: true }) team!: AdminTeamRefType | null;
  @Field({ description: 'False once deactivated: the user cannot sign in and their sessions have ended.' })
  active!: boolean;
  @Field({ description: 'False for an imported user until an administrator sets a password.' })
  hasPassword!: boolean;
  @Field({ description: 'The password was set by an administrator and must be changed at the next sign-in.' })
  mustChangePassword!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('AdminUserPage', { description: 'One page of users in a stable order (display name, then id).' })
export class AdminUserPageType {
  @Field(() => Int, { description: 'Users matching the filter, on every page.' }) totalCount!: number;
  @Field(() => [AdminUserType]) users!: AdminUserType[];
}

@ObjectType('TemporaryPassword', {
  description: 'Answered once by resetPassword: the password is stored only as a hash and never shown again.',
})
export class TemporaryPasswordType {
  @Field(() => AdminUserType) user!: AdminUserType;
  @Field({ description: 'Give it to the user; they must change it when they next sign in.' })
  temporaryPassword!: string;
}

@ObjectType('AuditActor')
export class AuditActorType {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType('AuditFieldChange', { description: 'One field of an audited entity, before and after the change.' })
export class AuditFieldChangeType {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'Null when the field had no value (or the entity was new).' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the field has no value (or the entity is gone).' })
  after!: string | null;
}

@ObjectType('AuditTrailEntry', { description: 'One administrative change of an entity.' })
export class AuditTrailEntryType {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field({ description: 'What happened, e.g. user.deactivate.' }) action!: string;
  @Field(() => AuditActorType, { nullable: true, description: 'Null for the system itself (start-up, CLI import).' })
  actor!: AuditActorType | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => [AuditFieldChangeType], { description: 'Only the fields the change touched.' })
  changes!: AuditFieldChangeType[];
}
