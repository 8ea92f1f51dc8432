import { Injectable } from '@nestjs/common';
import { AccessService, type Viewer } from '@salesdash/api/identity';
import { BusinessModelCatalog } from '@salesdash/api/policies';
import { type DataVersions, type FieldIssue, readDataVersions } from '@salesdash/api/platform';
import { type KpiCode, type Period, trailingMonths } from '@salesdash/shared/domain';
import { DataSource } from 'typeorm';
import type {
  TeamMedianFilterInput,
  TeamMedianSeriesType,
  TeamMedianTrendFilterInput,
  TeamMedianType,
} from './graphql/team-median.types';
import { KpiEngine, repScopes } from './kpi-engine.service';
import { checkPeriod, checkTrendMonths, selectModelsAndKpis, throwIfAny } from './kpi-selection';
import { type TeamMedian, teamMedian } from './team-median';

const DEFAULT_TREND_MONTHS = 12;

type MedianFilter = Pick<TeamMedianFilterInput, 'asOf' | 'businessModels' | 'kpis'>;

/** The (KPI, model) pairs asked for, and per period each pair's median (keyed `kpi|model`). */
interface ColleagueMedians {
  readonly pairs: readonly { kpi: KpiCode; businessModel: string }[];
  readonly byPeriod: readonly ReadonlyMap<string, TeamMedian>[];
}

const NO_TEAM: TeamMedian = { median: null, colleagueCount: 0, unavailableReason: 'NO_TEAM' };

const keyOf = (pair: { kpi: string; businessModel: string }) => `${pair.kpi}|${pair.businessModel}`;

/** A pair's median of one period; no colleague measured for it is no colleague with a value. */
function medianOf(medians: ReadonlyMap<string, TeamMedian>, pair: { kpi: string; businessModel: string }): TeamMedian {
  return medians.get(keyOf(pair)) ?? teamMedian([]);
}

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
    private readonly businessModels: BusinessModelCatalog,
    private readonly dataSource: DataSource,
  ) {}

  /** `known`: the data versions read earlier in the request (with its session), else read here first. */
  async medians(viewer: Viewer, filter: TeamMedianFilterInput, known?: DataVersions): Promise<TeamMedianType[]> {
    const period: Period = { from: filter.from, to: filter.to };
    const { pairs, byPeriod } = await this.colleagueMedians(viewer, [period], filter, known, (issues) =>
      checkPeriod(period, issues),
    );
    return pairs.map((pair) => ({ ...pair, ...medianOf(byPeriod[0], pair) }));
  }

  /** The same median month by month: the months up to the one holding `to` − 1 day, oldest first. */
  async trend(
    viewer: Viewer,
    filter: TeamMedianTrendFilterInput,
    known?: DataVersions,
  ): Promise<TeamMedianSeriesType[]> {
    const months = filter.months ?? DEFAULT_TREND_MONTHS;
    const periods = trailingMonths(filter.to, Number.isInteger(months) && months > 0 ? months : 1);
    const { pairs, byPeriod } = await this.colleagueMedians(viewer, periods, filter, known, (issues) =>
      checkTrendMonths(months, issues),
    );
    return pairs.map((pair) => ({
      ...pair,
      points: periods.map((period, index) => ({
        ...period,
        ...medianOf(byPeriod[index], pair),
      })),
    }));
  }

  /** Every colleague measured once for all periods (one pass of the engine), then each period's medians. */
  private async colleagueMedians(
    viewer: Viewer,
    periods: readonly Period[],
    filter: MedianFilter,
    known: DataVersions | undefined,
    checkPeriods: (issues: FieldIssue[]) => void,
  ): Promise<ColleagueMedians> {
    const issues: FieldIssue[] = [];
    checkPeriods(issues);
    const data = known ?? (await readDataVersions(this.dataSource));
    const knownModels = await this.businessModels.codes(data);
    const { businessModels, kpis: named } = selectModelsAndKpis(filter, knownModels, issues);
    throwIfAny(issues);
    const kpis = await this.access.kpisFor(viewer, filter.kpis ? named : null, data);
    const pairs = kpis.flatMap((kpi) => businessModels.map((businessModel) => ({ kpi, businessModel })));
    if (!viewer.teamId) {
      return { pairs, byPeriod: periods.map(() => new Map(pairs.map((pair) => [keyOf(pair), NO_TEAM]))) };
    }
    const perRep = await this.engine.measureEach(
      {
        periods,
        asOf: filter.asOf ?? new Date(),
        businessModels,
        kpis,
        scopes: repScopes(await this.access.colleagues(viewer, data)),
      },
      data,
    );
    const byPeriod = periods.map((_, index) => {
      const valuesOf = new Map<string, (number | null)[]>();
      for (const measured of perRep.values()) {
        for (const { kpi, businessModel, value } of measured[index] ?? []) {
          const key = keyOf({ kpi, businessModel });
          valuesOf.set(key, [...(valuesOf.get(key) ?? []), value]);
        }
      }
      return new Map([...valuesOf].map(([key, values]) => [key, teamMedian(values)]));
    });
    return { pairs, byPeriod };
  }
}
