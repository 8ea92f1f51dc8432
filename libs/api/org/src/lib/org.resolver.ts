import { Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { OrgDirectory } from './org-directory';
import { RegionSummaryType, TeamSummaryType } from './org.types';

@Resolver()
export class OrgResolver {
  constructor(private readonly org: OrgDirectory) {}

  @Roles('ADMIN', 'MANAGEMENT', 'CONTROLLING', 'MARKETING')
  @Query(() => [RegionSummaryType], { description: 'Every region (roles that see the whole company).' })
  regions(): Promise<RegionSummaryType[]> {
    return this.org.regions();
  }

  @Roles('SALES_MANAGER')
  @Query(() => [TeamSummaryType], { description: 'The teams the signed-in sales manager manages, with their reps.' })
  async myTeams(@CurrentViewer() viewer: Viewer): Promise<TeamSummaryType[]> {
    return (await this.org.teamsManagedBy(viewer.userId)).map((team) => ({ ...team, reps: [...team.reps] }));
  }
}
