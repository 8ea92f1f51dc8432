import { Injectable } from '@nestjs/common';
import { AccessService, type Viewer } from '@salesdash/api/identity';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { OrgDirectory } from '@salesdash/api/org';
import type { FieldIssue } from '@salesdash/api/platform';
import type { Period } from '@salesdash/shared/domain';
import type { TeamMedianFilterInput, TeamMedianType } from './graphql/team-median.types';
import { KpiEngine, repScopes } from './kpi-engine.service';
import { checkPeriod, selectModelsAndKpis, throwIfAny } from './kpi-selection';
import { teamMedian } from './team-median';

/**
 * A rep's anonymous benchmark: per KPI and business model, the median of the per-rep values of the
 * other reps of their own team (the rule in team-median.ts). The team comes from the signed-in viewer,
 * never from input, and only the median and how many colleagues it rests on leave this service, never
 * a rep's id or figure. That is why a rep may have it although their row scope is their own deals only.
 */
@Injectable()
export class TeamMedianService {
  constructor(
    private readonly engine: KpiEngine,
    private readonly access: AccessService,
    private readonly org: OrgDirectory,
    private readonly businessModels: BusinessModelCatalog,
  ) {}

  async medians(viewer: Viewer, filter: TeamMedianFilterInput): Promise<TeamMedianType[]> {
    const period: Period = { from: filter.from, to: filter.to };
    const issues: FieldIssue[] = [];
    checkPeriod(period, issues);
    const knownModels = await this.businessModels.codes();
    const { businessModels, kpis: named } = selectModelsAndKpis(filter, knownModels, issues);
    throwIfAny(issues);
    const kpis = await this.access.kpisFor(viewer, filter.kpis ? named : null);
    const pairs = kpis.flatMap((kpi) => businessModels.map((businessModel) => ({ kpi, businessModel })));
    if (!viewer.teamId) {
      return pairs.map((pair) => ({ ...pair, median: null, colleagueCount: 0, unavailableReason: 'NO_TEAM' }));
    }
    const { repIds } = await this.org.resolveScope('TEAM', viewer.teamId, 'viewer.teamId');
    const perRep = await this.engine.measureEach({
      periods: [period],
      asOf: filter.asOf ?? new Date(),
      businessModels,
      kpis,
      scopes: repScopes((repIds ?? []).filter((repId) => repId !== viewer.userId)),
    });
    const valuesOf = new Map<string, (number | null)[]>();
    for (const [measurements] of perRep.values()) {
      for (const { kpi, businessModel, value } of measurements) {
        const key = `${kpi}|${businessModel}`;
        valuesOf.set(key, [...(valuesOf.get(key) ?? []), value]);
      }
    }
    return pairs.map((pair) => ({ ...pair, ...teamMedian(valuesOf.get(`${pair.kpi}|${pair.businessModel}`) ?? []) }));
  }
}
