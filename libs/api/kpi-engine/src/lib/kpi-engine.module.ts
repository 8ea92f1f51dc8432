import { Module } from '@nestjs/common';
import { CorridorsModule } from '@salesdash/api/corridors';
import { OrgModule } from '@salesdash/api/org';
import { CorridorImpactService } from './corridor-preview/corridor-impact.service';
import { CorridorPreviewResolver } from './corridor-preview/corridor-preview.resolver';
import { CorridorSuggestionService } from './corridor-preview/corridor-suggestion.service';
import { KpiResolver } from './graphql/kpi.resolver';
import { TeamMedianResolver } from './graphql/team-median.resolver';
import { KpiEngine } from './kpi-engine.service';
import { KpiQueryService } from './kpi-query.service';
import { TeamMedianService } from './team-median.service';

@Module({
  imports: [OrgModule, CorridorsModule],
  providers: [
    KpiEngine,
    CorridorImpactService,
    CorridorPreviewResolver,
    CorridorSuggestionService,
    KpiQueryService,
    KpiResolver,
    TeamMedianService,
    TeamMedianResolver,
  ],
  exports: [KpiEngine],
})
export class KpiEngineModule {}
