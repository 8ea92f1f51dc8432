import { Injectable } from '@nestjs/common';
import { OrgDirectory } from '@salesdash/api/org';
import type { Viewer } from '@salesdash/api/platform';
import { kpiDefinition, type Role } from '@salesdash/shared/domain';
import { AccessService } from './access.service';
import type { AccessType, ScopeSummaryType } from './access.types';

const ROLE_NAMES: Record<Role, string> = {
  ADMIN: 'Administrator',
  MANAGEMENT: 'Management',
  CONTROLLING: 'Controlling',
  MARKETING: 'Marketing',
  SALES_MANAGER: 'Sales manager',
  SALES_REP: 'Sales rep',
};

/** "Why am I seeing this": the viewer's role, their rows in words and the responsibility behind each KPI. */
@Injectable()
export class AccessExplanation {
  constructor(
    private readonly access: AccessService,
    private readonly org: OrgDirectory,
  ) {}

  async explain(viewer: Viewer): Promise<AccessType> {
    const kpis = await this.access.visibleKpis(viewer);
    return {
      role: viewer.role,
      scope: await this.scopeOf(viewer),
      kpis: kpis.map((kpi) => ({
        kpi,
        grantedBy: `The responsibility matrix gives the role ${ROLE_NAMES[viewer.role]} the KPI ${kpiDefinition(kpi).name}`,
      })),
    };
  }

  private async scopeOf(viewer: Viewer): Promise<ScopeSummaryType> {
    const scope = await this.access.defaultScope(viewer);
    const ids = scope.ids ? [...scope.ids] : null;
    if (scope.type === 'REP') {
      return { type: 'REP', ids, label: 'Your own deals' };
    }
    if (scope.type === 'TEAM') {
      const names = (await this.org.teamsManagedBy(viewer.userId)).map((team) => team.name);
      return {
        type: 'TEAM',
        ids,
        label: names.length > 0 ? `Teams you manage: ${names.join(', ')}` : 'You manage no team yet',
      };
    }
    return { type: 'COMPANY', ids, label: 'The whole company' };
  }
}
