import { Injectable } from '@nestjs/common';
import { OrgDirectory, type RowScope, type TeamRecord } from '@salesdash/api/org';
import type { Viewer } from '@salesdash/api/platform';
import type { ScopeType } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import { AccessService, type ScopeRequest } from './access.service';

export interface ScopeCrumb {
  readonly type: ScopeType;
  /** Null for the company, and for a sales manager's teams taken together. */
  readonly id: string | null;
  /** Null for the company (the dashboard names it in the reader's language). */
  readonly name: string | null;
}

export interface ScopeNavigation {
  readonly path: ScopeCrumb[];
  readonly children: ScopeCrumb[];
}

/**
 * Where a scope sits — company › region › team › rep — and the scopes one level below it, both cut to
 * what the viewer may open: a sales manager's path starts at their team, a rep's is themselves.
 */
@Injectable()
export class ScopeNavigator {
  constructor(
    private readonly access: AccessService,
    private readonly org: OrgDirectory,
    private readonly dataSource: DataSource,
  ) {}

  async navigate(viewer: Viewer, requested: ScopeRequest | null | undefined): Promise<ScopeNavigation> {
    const scope = await this.access.rowScope(viewer, requested, 'scope');
    const [widest, regions, teams] = await Promise.all([
      this.access.defaultScope(viewer),
      this.org.regions(),
      this.org.teams(),
    ]);
    const regionCrumb = (regionId: string): ScopeCrumb => ({
      type: 'REGION',
      id: regionId,
      name: regions.find((region) => region.id === regionId)?.name ?? regionId,
    });
    const teamCrumb = (team: TeamRecord): ScopeCrumb => ({ type: 'TEAM', id: team.id, name: team.name });
    const mayOpen = (crumb: ScopeCrumb) => opens(widest, crumb);
    const single = scope.ids?.length === 1 ? scope.ids[0] : null;
    const company: ScopeCrumb = { type: 'COMPANY', id: null, name: null };
    let path: ScopeCrumb[];
    let children: ScopeCrumb[];
    if (scope.type === 'COMPANY') {
      path = [company];
      children = regions.map((region) => ({ type: 'REGION', id: region.id, name: region.name }));
    } else if (scope.type === 'REGION' && single) {
      path = [company, regionCrumb(single)];
      children = teams.filter((team) => team.regionId === single).map(teamCrumb);
    } else if (scope.type === 'TEAM' && single) {
      const team = teams.find((candidate) => candidate.id === single);
      path = team ? [company, regionCrumb(team.regionId), teamCrumb(team)] : [company];
      children = (team?.reps ?? []).map((rep) => ({ type: 'REP', id: rep.id, name: rep.displayName }));
    } else if (scope.type === 'TEAM') {
      // A sales manager's teams together: the teams are the way down.
      path = [{ type: 'TEAM', id: null, name: null }];
      children = teams.filter((team) => scope.ids?.includes(team.id)).map(teamCrumb);
    } else {
      const repId = single ?? '';
      const team = teams.find((candidate) => candidate.reps.some((rep) => rep.id === repId));
      const rep: ScopeCrumb = { type: 'REP', id: repId, name: await this.repName(repId) };
      path = team ? [company, regionCrumb(team.regionId), teamCrumb(team), rep] : [company, rep];
      children = [];
    }
    return { path: path.filter(mayOpen), children: children.filter(mayOpen) };
  }

  private async repName(repId: string): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT display_name FROM app_user WHERE user_id = $1', [repId])) as {
      display_name: string;
    }[];
    return row?.display_name ?? repId;
  }
}

/** Whether a viewer whose widest rows are `widest` may open a crumb's scope. */
function opens(widest: RowScope, crumb: ScopeCrumb): boolean {
  if (widest.type === 'COMPANY') {
    return true;
  }
  if (crumb.type === 'TEAM') {
    return widest.type === 'TEAM' && (crumb.id === null || (widest.ids ?? []).includes(crumb.id));
  }
  return crumb.type === 'REP' && crumb.id !== null && (widest.repIds ?? []).includes(crumb.id);
}
