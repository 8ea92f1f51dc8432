import { Module } from '@nestjs/common';
import { BusinessModelAdmin } from './business-models/business-model-admin.service';
import { BusinessModelCatalog } from './business-models/business-model-catalog.service';
import { CorridorPolicies } from './policies/corridor-policies.service';
import { CorridorPublisher } from './policies/corridor-publisher.service';

/**
 * The business models and their corridor policies as stored: listing and changing business models,
 * publishing corridor versions, and the versions a KPI request judges with. GraphQL, the preview and
 * the suggestion live in the corridors feature; the KPI engine reads from here.
 */
@Module({
  providers: [BusinessModelAdmin, BusinessModelCatalog, CorridorPolicies, CorridorPublisher],
  exports: [BusinessModelAdmin, BusinessModelCatalog, CorridorPolicies, CorridorPublisher],
})
export class PoliciesModule {}
