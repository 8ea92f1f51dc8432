import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@salesdash/api/platform';
import { targetUnitOf } from '@salesdash/shared/domain';
import { TargetAccess } from './target-access';
import { checkGridQuery } from './target-grid-input';
import { readGrid, type StoredGrid } from './target-grid-store';
import type { TargetGridQueryInput, TargetGridType } from './target-grid.types';

/** Opens a target grid for a viewer who may see it. */
@Injectable()
export class TargetGridReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targetAccess: TargetAccess,
  ) {}

  async grid(viewer: Viewer, input: TargetGridQueryInput): Promise<TargetGridType> {
    const { key, months } = checkGridQuery(input, 'input');
    await this.targetAccess.assertMayOpen(viewer, key, this.dataSource, 'input');
    return this.shown(viewer, await readGrid(this.dataSource, key, months, 'input.teamId'));
  }

  /** The grid as GraphQL answers it. */
  shown(viewer: Viewer, grid: StoredGrid): TargetGridType {
    const row = (stored: StoredGrid['team']) => ({ ...stored, values: [...stored.values] });
    return {
      teamId: grid.teamId,
      teamName: grid.teamName,
      businessModel: grid.businessModel,
      kpi: grid.kpi,
      unit: targetUnitOf(grid.kpi),
      months: [...grid.months],
      reps: grid.reps.map(row),
      team: row(grid.team),
      usesTeamTargets: grid.usesTeamTargets,
      editable: this.targetAccess.mayEdit(viewer),
    };
  }
}
