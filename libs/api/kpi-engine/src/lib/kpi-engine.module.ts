import { Module } from '@nestjs/common';
import { OrgModule } from '@salesdash/api/org';
import { KpiResolver } from './graphql/kpi.resolver';
import { KpiEngine } from './kpi-engine.service';
import { KpiQueryService } from './kpi-query.service';

@Module({
  imports: [OrgModule],
  providers: [KpiEngine, KpiQueryService, KpiResolver],
  exports: [KpiEngine],
})
export class KpiEngineModule {}
