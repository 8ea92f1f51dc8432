import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => RoleEnum) role!: Role;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Bearer token for the Authorization header.' }) accessToken!: string;
  @Field() expiresAt!: Date;
  @Field({ description: 'True after an administrator set the password: only changePassword and me work until then.' })
  mustChangePassword!: boolean;
  @Field(() => ViewerType) viewer!: ViewerType;
}
