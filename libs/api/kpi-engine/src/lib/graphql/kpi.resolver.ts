import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '@salesdash/api/identity';
import {
  CurrentViewer,
  type DataVersions,
  HeavyOperation,
  RequestDataVersions,
  Roles,
  type Viewer,
} from '@salesdash/api/platform';
import { allowedBases, kpiDefinition, ROLES } from '@salesdash/shared/domain';
import { KpiQueryService } from '../kpi-query.service';
import {
  KpiDefinitionType,
  KpiFilterInput,
  KpiScopesFilterInput,
  KpiScopeValuesType,
  KpiSeriesType,
  KpiTrendFilterInput,
  KpiValueType,
} from './kpi.types';

@Resolver()
export class KpiResolver {
  constructor(
    private readonly kpiQueries: KpiQueryService,
    private readonly access: AccessService,
  ) {}

  @Roles(...ROLES)
  @Query(() => [KpiDefinitionType], { description: 'The KPIs the caller may see, in journey order.' })
  async kpiCatalogue(@CurrentViewer() viewer: Viewer): Promise<KpiDefinitionType[]> {
    const [visible, owners] = await Promise.all([this.access.visibleKpis(viewer), this.access.responsibleRoles()]);
    return visible.map((code) => {
      const { name, unit, stage, description, sampleSizeOf, direction, directionReason } = kpiDefinition(code);
      return {
        code,
        name,
        unit,
        stage,
        description,
        sampleSizeOf,
        direction,
        directionReason: directionReason ?? null,
        allowedBases: allowedBases(code),
        ownerRoles: owners.get(code) ?? [],
      };
    });
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => [KpiValueType], { description: 'One row per (KPI, business model) for the period.' })
  kpiValues(
    @CurrentViewer() viewer: Viewer,
    @RequestDataVersions() data: DataVersions | undefined,
    @Args('filter') filter: KpiFilterInput,
  ): Promise<KpiValueType[]> {
    return this.kpiQueries.values(viewer, filter, data);
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => [KpiScopeValuesType], {
    description:
      "kpiValues for several regions, teams or reps at once (each inside the caller's rows), in the order of the ids.",
  })
  kpiValuesByScope(
    @CurrentViewer() viewer: Viewer,
    @RequestDataVersions() data: DataVersions | undefined,
    @Args('filter') filter: KpiScopesFilterInput,
  ): Promise<KpiScopeValuesType[]> {
    return this.kpiQueries.valuesByScope(viewer, filter, data);
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => [KpiSeriesType], { description: 'Monthly values per (KPI, business model), oldest first.' })
  kpiTrend(
    @CurrentViewer() viewer: Viewer,
    @RequestDataVersions() data: DataVersions | undefined,
    @Args('filter') filter: KpiTrendFilterInput,
  ): Promise<KpiSeriesType[]> {
    return this.kpiQueries.trend(viewer, filter, data);
  }
}
