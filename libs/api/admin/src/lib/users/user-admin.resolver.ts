import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { AdminUserFilterInput, AdminUserInput } from '../admin.inputs';
import { AdminUserPageType, AdminUserType, TemporaryPasswordType } from '../admin.types';
import { PasswordResetService } from './password-reset.service';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, UserAdminService } from './user-admin.service';
import { UserStatusService } from './user-status.service';

@Resolver()
export class UserAdminResolver {
  constructor(
    private readonly users: UserAdminService,
    private readonly status: UserStatusService,
    private readonly passwords: PasswordResetService,
  ) {}

  @Roles('ADMIN')
  @Query(() => AdminUserPageType, { description: 'Users matching the filter, by display name then id.' })
  adminUsers(
    @Args('filter', { type: () => AdminUserFilterInput, nullable: true }) filter: AdminUserFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE_SIZE, description: `1–${MAX_PAGE_SIZE}` })
    first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AdminUserPageType> {
    return this.users.list(filter, first, offset);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminUserType, {
    description: 'Creates a user without a password: resetPassword gives them a first one.',
  })
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminUserInput): Promise<AdminUserType> {
    return this.users.create(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminUserType, { description: 'Sets e-mail, display name, role and team of a user (its id stays).' })
  updateUser(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminUserInput): Promise<AdminUserType> {
    return this.users.update(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminUserType, {
    description: 'Ends the user’s access and sessions at once; never yourself, never the last active ADMIN.',
  })
  deactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<AdminUserType> {
    return this.status.deactivate(viewer, userId, reason);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminUserType, { description: 'Lets a deactivated user sign in again.' })
  reactivateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<AdminUserType> {
    return this.status.reactivate(viewer, userId, reason);
  }

  @Roles('ADMIN')
  @Mutation(() => TemporaryPasswordType, {
    description: 'Sets a random temporary password (answered once), to be changed at the next sign-in; ends sessions.',
  })
  resetPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<TemporaryPasswordType> {
    return this.passwords.reset(viewer, userId);
  }
}
