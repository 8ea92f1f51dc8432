import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@salesdash/api/platform';
import { AuditTrailEntryType } from '../admin.types';
import { AUDIT_TRAIL_LIMIT, AuditTrailService } from './audit-trail.service';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly audit: AuditTrailService) {}

  @Roles('ADMIN')
  @Query(() => [AuditTrailEntryType], {
    description: `The administrative changes of one entity (user, team, region, …), newest first; at most ${AUDIT_TRAIL_LIMIT}.`,
  })
  auditTrail(
    @Args('entityType') entityType: string,
    @Args('entityId', { type: () => ID }) entityId: string,
  ): Promise<AuditTrailEntryType[]> {
    return this.audit.trail(entityType, entityId);
  }
}
