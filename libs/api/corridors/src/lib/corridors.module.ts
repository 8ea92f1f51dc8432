import { Module } from '@nestjs/common';
import { KpiEngineModule } from '@salesdash/api/kpi-engine';
import { OrgModule } from '@salesdash/api/org';
import { PoliciesModule } from '@salesdash/api/policies';
import { CorridorAudit } from './audit/corridor-audit.service';
import { BusinessModelResolver } from './business-models/business-model.resolver';
import { CorridorReader } from './policies/corridor-reader.service';
import { CorridorResolver } from './policies/corridor.resolver';
import { CorridorImpactService } from './preview/corridor-impact.service';
import { CorridorPreviewResolver } from './preview/corridor-preview.resolver';
import { CorridorSuggestionService } from './preview/corridor-suggestion.service';

/**
 * What controlling does with corridors (docs/corridors.md) and business models: read, publish and audit
 * corridor versions, manage the business models, and preview a draft's impact or get a suggestion
 * from the KPI engine's figures. The stored side lives in `@salesdash/api/policies`.
 */
@Module({
  imports: [PoliciesModule, KpiEngineModule, OrgModule],
  providers: [
    CorridorReader,
    CorridorAudit,
    CorridorResolver,
    BusinessModelResolver,
    CorridorImpactService,
    CorridorSuggestionService,
    CorridorPreviewResolver,
  ],
})
export class CorridorsModule {}
