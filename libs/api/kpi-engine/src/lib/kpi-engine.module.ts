import { Module } from '@nestjs/common';
import { CorridorsModule } from '@salesdash/api/corridors';
import { OrgModule } from '@salesdash/api/org';
import { KpiResolver } from './graphql/kpi.resolver';
import { TeamMedianResolver } from './graphql/team-median.resolver';
import { KpiEngine } from './kpi-engine.service';
import { KpiQueryService } from './kpi-query.service';
import { TeamMedianService } from './team-median.service';

@Module({
  imports: [OrgModule, CorridorsModule],
  providers: [KpiEngine, KpiQueryService, KpiResolver, TeamMedianService, TeamMedianResolver],
  exports: [KpiEngine],
})
export class KpiEngineModule {}
