import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  type DataVersions,
  HeavyOperation,
  RequestDataVersions,
  Roles,
  type Viewer,
} from '@salesdash/api/platform';
import { TeamMedianService } from '../team-median.service';
import {
  TeamMedianFilterInput,
  TeamMedianSeriesType,
  TeamMedianTrendFilterInput,
  TeamMedianType,
} from './team-median.types';

@Resolver()
export class TeamMedianResolver {
  constructor(private readonly service: TeamMedianService) {}

  // Reps only: a sales manager already sees each rep of their teams, so a median tells them nothing new.
  @Roles('SALES_REP')
  @HeavyOperation()
  @Query(() => [TeamMedianType], {
    description:
      "Per (KPI, business model) the anonymous median of the caller's colleagues (the other reps of their team) " +
      'for the period, only for KPIs the caller may see, withheld with a reason when it would reveal a ' +
      "colleague's value; never any rep id or individual figure.",
  })
  teamMedians(
    @CurrentViewer() viewer: Viewer,
    @RequestDataVersions() data: DataVersions | undefined,
    @Args('filter') filter: TeamMedianFilterInput,
  ): Promise<TeamMedianType[]> {
    return this.service.medians(viewer, filter, data);
  }

  @Roles('SALES_REP')
  @HeavyOperation()
  @Query(() => [TeamMedianSeriesType], {
    description:
      'teamMedians month by month (the months up to the one holding to − 1 day, oldest first), each month by the ' +
      'same rules: the trend a rep reads their own against.',
  })
  teamMedianTrend(
    @CurrentViewer() viewer: Viewer,
    @RequestDataVersions() data: DataVersions | undefined,
    @Args('filter') filter: TeamMedianTrendFilterInput,
  ): Promise<TeamMedianSeriesType[]> {
    return this.service.trend(viewer, filter, data);
  }
}
