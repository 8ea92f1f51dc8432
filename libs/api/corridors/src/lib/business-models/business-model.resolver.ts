import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { BusinessModelAdmin } from '@salesdash/api/policies';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { BusinessModelInput, BusinessModelType } from '@salesdash/api/policies';

@Resolver()
export class BusinessModelResolver {
  constructor(
    private readonly models: BusinessModelAdmin,
    private readonly catalog: BusinessModelCatalog,
  ) {}

  @Roles(...ROLES)
  @Query(() => [BusinessModelType])
  businessModels(): Promise<readonly BusinessModelType[]> {
    return this.catalog.list();
  }

  @Roles('CONTROLLING')
  @Mutation(() => BusinessModelType, { description: 'Creates a business model; CONFLICT when the code is taken.' })
  createBusinessModel(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: BusinessModelInput,
  ): Promise<BusinessModelType> {
    return this.models.create(viewer, input);
  }

  @Roles('CONTROLLING')
  @Mutation(() => BusinessModelType, { description: 'Renames a business model or changes its description.' })
  updateBusinessModel(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: BusinessModelInput,
  ): Promise<BusinessModelType> {
    return this.models.update(viewer, input);
  }

  @Roles('CONTROLLING')
  @Mutation(() => BusinessModelType, {
    description: 'Retires a business model: it keeps its data and corridors but takes no new corridors.',
  })
  retireBusinessModel(@CurrentViewer() viewer: Viewer, @Args('code') code: string): Promise<BusinessModelType> {
    return this.models.retire(viewer, code);
  }

  @Roles('CONTROLLING')
  @Mutation(() => BusinessModelType, { description: 'Reinstates a retired business model.' })
  reinstateBusinessModel(@CurrentViewer() viewer: Viewer, @Args('code') code: string): Promise<BusinessModelType> {
    return this.models.reinstate(viewer, code);
  }
}
