import { Injectable } from '@nestjs/common';
import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ForbiddenError, type SqlRunner, ValidationError, type Viewer } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';
import type { GridKey } from './target-cells';

/** Who may open a target grid: managers their own teams', the company-wide steering roles any team's. */
export const TARGET_READER_ROLES: readonly Role[] = ['SALES_MANAGER', 'MANAGEMENT', 'CONTROLLING', 'ADMIN'];
/** Who may change one (controlling reads targets to judge against them, but does not set them). */
export const TARGET_EDITOR_ROLES: readonly Role[] = ['SALES_MANAGER', 'MANAGEMENT', 'ADMIN'];

/**
 * The access decision of the target grids, on top of the resolvers' role check: a sales manager only
 * the teams they manage; the KPI must be one the role may see; the business model must exist.
 */
@Injectable()
export class TargetAccess {
  constructor(
    private readonly access: AccessService,
    private readonly org: OrgDirectory,
  ) {}

  mayEdit(viewer: Viewer): boolean {
    return TARGET_EDITOR_ROLES.includes(viewer.role);
  }

  /** The teams whose targets the viewer may open: a manager's own, every team for the others. */
  teams(viewer: Viewer) {
    return viewer.role === 'SALES_MANAGER' ? this.org.teamsManagedBy(viewer.userId) : this.org.teams();
  }

  async assertMayOpen(viewer: Viewer, key: GridKey, runner: SqlRunner, path: string): Promise<void> {
    if (viewer.role === 'SALES_MANAGER') {
      const managed = await this.org.managedTeams(viewer.userId);
      if (!managed.ids?.includes(key.teamId)) {
        throw new ForbiddenError('SALES_MANAGER_TARGETS_OWN_TEAMS', {});
      }
    }
    await this.access.kpisFor(viewer, [key.kpi]);
    const [model] = (await runner.query(
      'SELECT retired_at IS NOT NULL AS retired FROM business_model WHERE code = $1',
      [key.businessModel],
    )) as { retired: boolean }[];
    if (!model) {
      throw ValidationError.of(`${path}.businessModel`, 'UNKNOWN_BUSINESS_MODEL', { code: key.businessModel });
    }
  }
}
