import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, HeavyOperation, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { KpiRowsService } from './kpi-rows.service';
import { KpiRowsFilterInput, KpiRowsType } from './kpi-rows.types';

@Resolver()
export class KpiRowsResolver {
  constructor(private readonly rowsService: KpiRowsService) {}

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => KpiRowsType, {
    description:
      "The rows behind one KPI value — exactly those its sampleSize counts — a page at a time, for a KPI the caller may see, inside the caller's rows.",
  })
  kpiRows(@CurrentViewer() viewer: Viewer, @Args('filter') filter: KpiRowsFilterInput): Promise<KpiRowsType> {
    return this.rowsService.page(viewer, filter);
  }
}
