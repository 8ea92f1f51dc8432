import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { DealHistoryReader } from './deal-history.reader';
import { DealHistoryType } from './deal-history.types';

@Resolver()
export class DealHistoryResolver {
  constructor(private readonly reader: DealHistoryReader) {}

  @Roles(...ROLES)
  @Query(() => DealHistoryType, {
    description: "One deal with its stage events, interactions and feedback, if it lies in the caller's rows.",
  })
  dealHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('dealId', { type: () => ID }) dealId: string,
  ): Promise<DealHistoryType> {
    return this.reader.history(viewer, dealId);
  }
}
