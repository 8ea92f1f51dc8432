import { Args, Query, Resolver } from '@nestjs/graphql';
import { CorridorBasisEnum, HeavyOperation, Roles } from '@salesdash/api/platform';
import type { CorridorBasis } from '@salesdash/shared/domain';
import { CorridorImpactService } from './corridor-impact.service';
import { CorridorDraftInput, CorridorImpactType, CorridorSuggestionType } from './corridor-preview.types';
import { CorridorSuggestionService } from './corridor-suggestion.service';

@Resolver()
export class CorridorPreviewResolver {
  constructor(
    private readonly impactService: CorridorImpactService,
    private readonly suggestionService: CorridorSuggestionService,
  ) {}

  @Roles('CONTROLLING')
  @HeavyOperation()
  @Query(() => CorridorImpactType, {
    description:
      'How a draft corridor would change the statuses of the model’s teams and reps over the last 12 complete months (UTC), against the corridors in force then. The draft’s segment is not used (KPI values have no segment).',
  })
  corridorImpact(@Args('draft') draft: CorridorDraftInput): Promise<CorridorImpactType> {
    return this.impactService.impact(draft, new Date());
  }

  @Roles('CONTROLLING')
  @HeavyOperation()
  @Query(() => CorridorSuggestionType, {
    description:
      "Bands proposed from the model's own team months of the last 24 complete months (UTC), judged on a basis and one-sided unless both sides of the KPI matter; not a policy until published.",
  })
  corridorSuggestion(
    @Args('businessModel') businessModel: string,
    @Args('kpi') kpi: string,
    @Args('basis', { type: () => CorridorBasisEnum, nullable: true, description: 'Default VALUE.' })
    basis?: CorridorBasis | null,
  ): Promise<CorridorSuggestionType> {
    return this.suggestionService.suggest(businessModel, kpi, basis, new Date());
  }
}
