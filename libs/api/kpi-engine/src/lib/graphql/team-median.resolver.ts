import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { TeamMedianService } from '../team-median.service';
import { TeamMedianFilterInput, TeamMedianType } from './team-median.types';

@Resolver()
export class TeamMedianResolver {
  constructor(private readonly service: TeamMedianService) {}

  // Reps only: a sales manager already sees each rep of their teams, so a median tells them nothing new.
  @Roles('SALES_REP')
  @Query(() => [TeamMedianType], {
    description:
      "Per (KPI, business model) the anonymous median of the reps of the caller's own team for the period, " +
      'only for KPIs the caller may see; never any rep id or individual figure.',
  })
  teamMedians(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: TeamMedianFilterInput,
  ): Promise<TeamMedianType[]> {
    return this.service.medians(viewer, filter);
  }
}
