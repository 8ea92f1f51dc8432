import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { REP_DEALS_ROLES, RepDealsReader } from './rep-deals.reader';
import { RepDealsRequestInput, RepDealsType } from './rep-deals.types';

@Resolver()
export class RepDealsResolver {
  constructor(private readonly reader: RepDealsReader) {}

  @Roles(...REP_DEALS_ROLES)
  @Query(() => RepDealsType, {
    description:
      "A rep's open pipeline and the deals that need their action (a rep: their own; a sales manager: their teams' reps).",
  })
  repDeals(@CurrentViewer() viewer: Viewer, @Args('input') input: RepDealsRequestInput): Promise<RepDealsType> {
    return this.reader.deals(viewer, input);
  }
}
