import { Field, ID, InputType } from '@nestjs/graphql';
import { RoleEnum } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

@InputType('AdminRegionInput')
export class AdminRegionInput {
  @Field(() => ID, { description: 'The region_id of regions.csv; fixed once created.' }) id!: string;
  @Field() name!: string;
}

@InputType('AdminTeamInput', { description: 'A team as a whole: creating sets it, updating replaces every field.' })
export class AdminTeamInput {
  @Field(() => ID, { description: 'The team_id of teams.csv; fixed once created.' }) id!: string;
  @Field() name!: string;
  @Field(() => ID) regionId!: string;
  @Field(() => ID, { nullable: true, description: 'An active SALES_MANAGER; null for no manager.' })
  managerUserId?: string | null;
}

@InputType('AdminUserInput', { description: 'A user as a whole: creating sets it, updating replaces every field.' })
export class AdminUserInput {
  @Field(() => ID, { description: 'The user_id of users.csv; fixed once created.' }) id!: string;
  @Field({ description: 'Unique, ignoring case.' }) email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
}

@InputType('AdminUserFilter')
export class AdminUserFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the display name or e-mail, ignoring case.' })
  search?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True: active users only; false: deactivated ones only.' })
  active?: boolean | null;
}
