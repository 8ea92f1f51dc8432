import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, DateScalar, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { CorridorAudit, CORRIDOR_AUDIT_LIMIT } from '../audit/corridor-audit.service';
import { PublishCorridorInput } from '@salesdash/api/policies';
import { CorridorPublisher } from '@salesdash/api/policies';
import { CorridorReader } from './corridor-reader.service';
import { CorridorAuditEntryType, CorridorType } from './corridor.types';

@Resolver()
export class CorridorResolver {
  constructor(
    private readonly reader: CorridorReader,
    private readonly publisher: CorridorPublisher,
    private readonly audit: CorridorAudit,
  ) {}

  @Roles(...ROLES)
  @Query(() => [CorridorType], {
    description: 'Per series the version in force on onDate (default today, UTC), for the KPIs the caller may see.',
  })
  corridors(
    @CurrentViewer() viewer: Viewer,
    @Args('businessModel', { type: () => String, nullable: true }) businessModel?: string | null,
    @Args('kpi', { type: () => String, nullable: true }) kpi?: string | null,
    @Args('onDate', { type: () => DateScalar, nullable: true }) onDate?: string | null,
  ): Promise<CorridorType[]> {
    return this.reader.inForce(viewer, { businessModel, kpi, onDate });
  }

  @Roles(...ROLES)
  @Query(() => [CorridorType], { description: 'Every version of one corridor series, newest first.' })
  corridorHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('businessModel') businessModel: string,
    @Args('kpi') kpi: string,
    @Args('segment', { type: () => String, nullable: true }) segment?: string | null,
  ): Promise<CorridorType[]> {
    return this.reader.history(viewer, businessModel, kpi, segment);
  }

  @Roles('CONTROLLING', 'MANAGEMENT', 'ADMIN')
  @Query(() => [CorridorAuditEntryType], {
    description: `Who published which version of a corridor series and why, newest first; at most ${CORRIDOR_AUDIT_LIMIT}.`,
  })
  corridorAudit(
    @CurrentViewer() viewer: Viewer,
    @Args('businessModel') businessModel: string,
    @Args('kpi') kpi: string,
    @Args('segment', { type: () => String, nullable: true }) segment?: string | null,
  ): Promise<CorridorAuditEntryType[]> {
    return this.audit.trail(viewer, businessModel, kpi, segment);
  }

  @Roles('CONTROLLING')
  @Mutation(() => CorridorType, {
    description:
      'Publishes a new version of a corridor; CONFLICT (with the current version) when expectedVersion is stale.',
  })
  publishCorridor(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishCorridorInput): Promise<CorridorType> {
    return this.publisher.publish(viewer, input);
  }
}
