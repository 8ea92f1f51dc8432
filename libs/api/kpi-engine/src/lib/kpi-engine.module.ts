import { Module } from '@nestjs/common';
import { PoliciesModule } from '@salesdash/api/policies';
import { OrgModule } from '@salesdash/api/org';
import { TeamRepsExportController } from './export/team-reps-export.controller';
import { KpiResolver } from './graphql/kpi.resolver';
import { TeamMedianResolver } from './graphql/team-median.resolver';
import { KpiEngine } from './kpi-engine.service';
import { KpiQueryService } from './kpi-query.service';
import { KpiRowsExportController } from './rows/kpi-rows-export.controller';
import { KpiRowsResolver } from './rows/kpi-rows.resolver';
import { KpiRowsService } from './rows/kpi-rows.service';
import { TeamMedianService } from './team-median.service';

@Module({
  imports: [OrgModule, PoliciesModule],
  controllers: [TeamRepsExportController, KpiRowsExportController],
  providers: [
    KpiEngine,
    KpiQueryService,
    KpiResolver,
    TeamMedianService,
    TeamMedianResolver,
    KpiRowsService,
    KpiRowsResolver,
  ],
  exports: [KpiEngine],
})
export class KpiEngineModule {}
