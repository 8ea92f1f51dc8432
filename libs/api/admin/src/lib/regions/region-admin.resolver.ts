import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { AdminRegionInput } from '../admin.inputs';
import { AdminRegionType } from '../admin.types';
import { RegionAdminService } from './region-admin.service';

@Resolver()
export class RegionAdminResolver {
  constructor(private readonly regions: RegionAdminService) {}

  @Roles('ADMIN')
  @Query(() => [AdminRegionType], { description: 'Every region with its team count, by name.' })
  adminRegions(): Promise<AdminRegionType[]> {
    return this.regions.list();
  }

  @Roles('ADMIN')
  @Mutation(() => AdminRegionType, { description: 'Creates a region; CONFLICT when the id or name is taken.' })
  createRegion(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminRegionInput): Promise<AdminRegionType> {
    return this.regions.create(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => AdminRegionType, { description: 'Renames a region (its id stays).' })
  renameRegion(@CurrentViewer() viewer: Viewer, @Args('input') input: AdminRegionInput): Promise<AdminRegionType> {
    return this.regions.rename(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => ID, {
    description: 'Deletes a region without teams; CONFLICT while a team is in it. Answers the id.',
  })
  deleteRegion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.regions.delete(viewer, id);
  }
}
