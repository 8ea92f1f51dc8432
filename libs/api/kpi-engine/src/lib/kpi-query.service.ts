import { Injectable } from '@nestjs/common';
import { BusinessModelCatalog, CorridorPolicies, type PolicyBands } from '@salesdash/api/policies';
import { AccessService, type Viewer } from '@salesdash/api/identity';
import { type DataVersions, type FieldIssue, readDataVersions } from '@salesdash/api/platform';
import { DataSource } from 'typeorm';
import {
  comparisonPeriods,
  type Period,
  periodLastDay,
  periodProgress,
  periodTiming,
  policyInForce,
  trailingMonths,
} from '@salesdash/shared/domain';
import type {
  KpiChangeType,
  KpiFilterInput,
  KpiScopesFilterInput,
  KpiScopeValuesType,
  KpiSeriesType,
  KpiTrendFilterInput,
  KpiValueType,
} from './graphql/kpi.types';
import { KpiEngine, type KpiQuery } from './kpi-engine.service';
import { assessKpi, type KpiAssessment } from './kpi-assessment';
import type { KpiMeasurement } from './kpi-measurement';
import { checkPeriod, checkScopes, checkTrendMonths, selectModelsAndKpis, throwIfAny } from './kpi-selection';

const DEFAULT_TREND_MONTHS = 12;

type SelectionFilter = Pick<KpiFilterInput, 'asOf' | 'businessModels' | 'kpis' | 'scope'>;

/** Turns a validated KPI filter into engine queries, with the viewer's KPIs and rows. */
@Injectable()
export class KpiQueryService {
  constructor(
    private readonly engine: KpiEngine,
    private readonly access: AccessService,
    private readonly businessModels: BusinessModelCatalog,
    private readonly policies: CorridorPolicies,
    private readonly dataSource: DataSource,
  ) {}

  /** `known`: the data versions read earlier in the request (with its session), else read here first. */
  async values(viewer: Viewer, filter: KpiFilterInput, known?: DataVersions): Promise<KpiValueType[]> {
    const period: Period = { from: filter.from, to: filter.to };
    const asOf = filter.asOf ?? new Date();
    const compared = comparedPeriods(period, asOf, filter.withChange);
    const data = known ?? (await readDataVersions(this.dataSource));
    const query = await this.query(viewer, { ...filter, asOf }, [period, ...compared.periods], data, (issues) =>
      checkPeriod(period, issues),
    );
    const [[measurements, ...comparisons], policies] = await Promise.all([
      this.engine.measure(query, data),
      this.policiesFor(query, data),
    ]);
    const judge = judgeOfPeriod(period, query.asOf, policies);
    return measurements.map((measurement) => ({
      ...judge(measurement),
      change: compared.change(measurement, comparisons),
    }));
  }

  async trend(viewer: Viewer, filter: KpiTrendFilterInput, known?: DataVersions): Promise<KpiSeriesType[]> {
    const months = filter.months ?? DEFAULT_TREND_MONTHS;
    const periods = trailingMonths(filter.to, Number.isInteger(months) && months > 0 ? months : 1);
    const data = known ?? (await readDataVersions(this.dataSource));
    const query = await this.query(viewer, filter, periods, data, (issues) => checkTrendMonths(months, issues));
    const [byPeriod, policies] = await Promise.all([this.engine.measure(query, data), this.policiesFor(query, data)]);
    const judges = periods.map((period) => judgeOfPeriod(period, query.asOf, policies));
    return query.kpis.flatMap((kpi) =>
      query.businessModels.map((businessModel) => ({
        kpi,
        businessModel,
        points: byPeriod.map((measurements, index) => {
          const measurement = measurements.find((m) => m.kpi === kpi && m.businessModel === businessModel);
          if (!measurement) {
            throw new Error(`the engine returned no ${kpi}/${businessModel} for period ${index}`);
          }
          return { ...periods[index], ...judges[index](measurement) };
        }),
      })),
    );
  }

  /** kpiValues for each of several scopes of one level, in the order of `filter.ids`, measured in one pass. */
  async valuesByScope(
    viewer: Viewer,
    filter: KpiScopesFilterInput,
    known?: DataVersions,
  ): Promise<KpiScopeValuesType[]> {
    const period: Period = { from: filter.from, to: filter.to };
    const asOf = filter.asOf ?? new Date();
    const compared = comparedPeriods(period, asOf, filter.withChange);
    const data = known ?? (await readDataVersions(this.dataSource));
    const selection = await this.selection(viewer, { ...filter, asOf }, data, (issues) => {
      checkPeriod(period, issues);
      checkScopes(filter.level, filter.ids, issues);
    });
    const scopes = await this.access.rowScopes(viewer, filter.level, filter.ids, 'filter.ids', data);
    const query = { ...selection, periods: [period, ...compared.periods] };
    const [measured, policies] = await Promise.all([
      this.engine.measureEach({ ...query, scopes }, data),
      this.policiesFor(query, data),
    ]);
    const judge = judgeOfPeriod(period, query.asOf, policies);
    return filter.ids.map((scopeId) => {
      const [measurements = [], ...comparisons] = measured.get(scopeId) ?? [];
      return {
        scopeType: filter.level,
        scopeId,
        values: measurements.map((measurement) => ({
          ...judge(measurement),
          change: compared.change(measurement, comparisons),
        })),
      };
    });
  }

  /** Every corridor version the request may judge against, in one statement for all its periods. */
  private policiesFor(
    query: Pick<KpiQuery, 'businessModels' | 'kpis'>,
    data: DataVersions,
  ): Promise<readonly PolicyBands[]> {
    return this.policies.modelWideVersions(query.businessModels, query.kpis, data);
  }

  private async query(
    viewer: Viewer,
    filter: SelectionFilter,
    periods: readonly Period[],
    data: DataVersions,
    checkPeriods: (issues: FieldIssue[]) => void,
  ): Promise<KpiQuery> {
    const selection = await this.selection(viewer, filter, data, checkPeriods);
    return { ...selection, periods, scope: await this.access.rowScope(viewer, filter.scope, 'filter.scope', data) };
  }

  /** The models and KPIs of a filter the viewer may see, with its asOf; every issue of the filter at once. */
  private async selection(
    viewer: Viewer,
    filter: Omit<SelectionFilter, 'scope'>,
    data: DataVersions,
    checkRest: (issues: FieldIssue[]) => void,
  ): Promise<Pick<KpiQuery, 'asOf' | 'businessModels' | 'kpis'>> {
    const issues: FieldIssue[] = [];
    checkRest(issues);
    const knownModels = await this.businessModels.codes(data);
    const selection = selectModelsAndKpis(filter, knownModels, issues);
    throwIfAny(issues);
    return {
      asOf: filter.asOf ?? new Date(),
      businessModels: selection.businessModels,
      kpis: await this.access.kpisFor(viewer, filter.kpis ? selection.kpis : null, data),
    };
  }
}

/**
 * The periods a request compares its values with (none unless it asks withChange), and how a value's
 * change is read from their measurements (measured in the same pass as the value).
 */
function comparedPeriods(
  period: Period,
  asOf: Date,
  withChange: boolean | null | undefined,
): {
  periods: readonly Period[];
  change: (measurement: KpiMeasurement, comparisons: readonly (readonly KpiMeasurement[])[]) => KpiChangeType | null;
} {
  if (!withChange) {
    return { periods: [], change: () => null };
  }
  const { previous, lastYear } = comparisonPeriods(period, asOf);
  // While a period runs, quota attainment sets what has been won against the whole period's target; a
  // comparison period cut to the same days has only those days' target, so the two would not compare.
  const running = periodProgress(period, asOf).phase === 'RUNNING';
  const figure = (compared: Period, measurements: readonly KpiMeasurement[] | undefined, of: KpiMeasurement) => {
    const match = measurements?.find((m) => m.kpi === of.kpi && m.businessModel === of.businessModel);
    return { ...compared, value: match?.value ?? null, sampleSize: match?.sampleSize ?? 0 };
  };
  return {
    periods: [previous, lastYear],
    change: (measurement, [before, yearBefore]) =>
      running && measurement.kpi === 'QUOTA_ATTAINMENT'
        ? null
        : {
            previous: figure(previous, before, measurement),
            lastYear: figure(lastYear, yearBefore, measurement),
          },
  };
}

/**
 * Judges the values of one period against the model-wide corridor in force on its last day
 * (docs/corridors.md#versions, #basis) on what has elapsed of it by asOf (docs/kpis.md#running-periods); KPI
 * filters name no segment, so segment corridors never apply here. The calendar is read once for all the
 * period's values.
 */
function judgeOfPeriod(
  period: Period,
  asOf: Date,
  versions: readonly PolicyBands[],
): (measurement: KpiMeasurement) => KpiAssessment {
  const timing = periodTiming(period, asOf);
  const lastDay = periodLastDay(period.to);
  return (measurement) => assessKpi(measurement, timing, policyInForce(versions, measurement, lastDay));
}
