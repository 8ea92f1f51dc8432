import { Module } from '@nestjs/common';
import { PoliciesModule } from '@salesdash/api/policies';
import { OrgModule } from '@salesdash/api/org';
import { TeamRepsExportController } from './export/team-reps-export.controller';
import { KpiResolver } from './graphql/kpi.resolver';
import { TeamMedianResolver } from './graphql/team-median.resolver';
import { KpiEngine } from './kpi-engine.service';
import { KpiQueryService } from './kpi-query.service';
import { TeamMedianService } from './team-median.service';

@Module({
  imports: [OrgModule, PoliciesModule],
  controllers: [TeamRepsExportController],
  providers: [KpiEngine, KpiQueryService, KpiResolver, TeamMedianService, TeamMedianResolver],
  exports: [KpiEngine],
})
export class KpiEngineModule {}
