import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { AdminTeamInput } from '../admin.inputs';
import { AdminTeamType } from '../admin.types';
import { TeamAdminService } from './team-admin.service';

@Resolver()
export class TeamAdminResolver {
  constructor(private readonly teams: TeamAdminService) {}

  @Roles('ADMIN')
  @Query(() => [AdminTeamType], { description: 'Every team with its region, manager and member count, by name.' })
  adminTeams(): Promise<AdminTeamType[]> {
    return this.teams.list();
  }

  @Roles('ADMIN')
  @Mutation(() => AdminTeamType, { description: 'Creates a team; its manager must be an active SALES_MANAGER.' })
  createTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminTeamInput): Promise<AdminTeamType> {
    return this.teams.create(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminTeamType, { description: 'Sets name, region and manager of a team (its id stays).' })
  updateTeam(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminTeamInput): Promise<AdminTeamType> {
    return this.teams.update(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => ID, {
    description: 'Deletes a team no user or target refers to; CONFLICT otherwise. Answers the id.',
  })
  deleteTeam(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.teams.delete(viewer, id);
  }
}
