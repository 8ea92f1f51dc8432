import { Module } from '@nestjs/common';
import { CorridorAudit } from './audit/corridor-audit.service';
import { BusinessModelAdmin } from './business-models/business-model-admin.service';
import { BusinessModelCatalog } from './business-models/business-model-catalog.service';
import { BusinessModelResolver } from './business-models/business-model.resolver';
import { CorridorPolicies } from './policies/corridor-policies.service';
import { CorridorPublisher } from './policies/corridor-publisher.service';
import { CorridorReader } from './policies/corridor-reader.service';
import { CorridorResolver } from './policies/corridor.resolver';

/** Corridor policies per business model and KPI (KPI-SPEC §5), and the business models controlling manages. */
@Module({
  providers: [
    CorridorPolicies,
    CorridorPublisher,
    CorridorReader,
    CorridorAudit,
    CorridorResolver,
    BusinessModelAdmin,
    BusinessModelCatalog,
    BusinessModelResolver,
  ],
  exports: [BusinessModelCatalog, CorridorPolicies, CorridorPublisher],
})
export class CorridorsModule {}
