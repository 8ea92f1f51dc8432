import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TeamSummaryType } from '@salesdash/api/org';
import { CurrentViewer, Roles, type Viewer } from '@salesdash/api/platform';
import { TargetAccess } from './target-access';
import { TargetGridReader } from './target-grid-reader';
import { TargetGridWriter } from './target-grid-writer';
import { SaveTargetGridInput, TargetGridQueryInput, TargetGridSavedType, TargetGridType } from './target-grid.types';

@Resolver()
export class TargetGridResolver {
  constructor(
    private readonly reader: TargetGridReader,
    private readonly writer: TargetGridWriter,
    private readonly targetAccess: TargetAccess,
  ) {}

  @Roles('SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN')
  @Query(() => [TeamSummaryType], {
    description: 'The teams whose targets the caller may open: a sales manager’s own, every team for the others.',
  })
  async targetTeams(@CurrentViewer() viewer: Viewer): Promise<TeamSummaryType[]> {
    return (await this.targetAccess.teams(viewer)).map((team) => ({ ...team, reps: [...team.reps] }));
  }

  @Roles('SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN')
  @Query(() => TargetGridType, {
    description: "A team's targets of one KPI and business model, per rep and month (a sales manager: own teams only).",
  })
  targetGrid(@CurrentViewer() viewer: Viewer, @Args('input') input: TargetGridQueryInput): Promise<TargetGridType> {
    return this.reader.grid(viewer, input);
  }

  @Roles('SALES_MANAGER', 'MANAGEMENT', 'ADMIN')
  @Mutation(() => TargetGridSavedType, {
    description:
      'Saves changed cells of a target grid, all or nothing and audited; CONFLICT (naming the changed cells) when the grid changed since it was loaded.',
  })
  async saveTargetGrid(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveTargetGridInput,
  ): Promise<TargetGridSavedType> {
    const saved = await this.writer.save(viewer, input);
    return { changedCells: saved.changedCells, grid: this.reader.shown(viewer, saved.grid) };
  }
}
