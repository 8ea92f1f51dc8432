import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RowScope } from '@salesdash/api/org';
import { AnswerCache, type DataVersions, readDataVersions } from '@salesdash/api/platform';
import { type KpiCode, type Period, periodProgress, type ScopeType } from '@salesdash/shared/domain';
import {
  type DealFamilyRow,
  type FactFamily,
  FactReader,
  type FamilyGroup,
  type FamilyRows,
  type FeedbackFamilyRow,
  type InteractionFamilyRow,
  type ScopeGroups,
  type StageFamilyRow,
} from '@salesdash/api/facts';
import { type FamilyAggregates, type KpiMeasurement, measureKpi, type ProratedTarget } from './kpi-measurement';
import { REP_COUNT_SQL, type RepCountRow } from './sql/rep-count.sql';
import { TARGET_SQL, type TargetRow } from './sql/target.sql';

export interface KpiQuery {
  /** One period for kpiValues, several for a trend; each computed alike. */
  readonly periods: readonly Period[];
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  readonly kpis: readonly KpiCode[];
  readonly scope: RowScope;
}

/** What every measurement reads apart from its scope. */
type MeasuredPeriods = Omit<KpiQuery, 'scope'>;

/**
 * Several scopes of one level — regions, teams or reps, each with exactly one id — each measured as
 * if alone, in one pass: the statements group by scope, so their number does not grow with the scopes.
 */
export interface EachScopeQuery extends MeasuredPeriods {
  readonly scopes: readonly RowScope[];
}

/** Each rep as a scope of their own (REP), to measure them one by one with `measureEach`. */
export function repScopes(repIds: readonly string[]): RowScope[] {
  return repIds.map((repId) => ({ type: 'REP', ids: [repId], repIds: [repId] }));
}

const FAMILY_OF = {
  NEW_LEADS: 'deal',
  LEAD_CONVERSION_RATE: 'deal',
  PIPELINE_VALUE: 'deal',
  WIN_RATE: 'stage',
  WON_DEALS: 'stage',
  WON_VOLUME: 'stage',
  AVG_DEAL_SIZE: 'stage',
  SALES_CYCLE_DAYS: 'stage',
  QUOTA_ATTAINMENT: 'stage',
  ONBOARDING_DAYS: 'stage',
  PAYOUT_FIRST_TIME_RIGHT: 'stage',
  DEFAULT_RATE: 'stage',
  CSAT: 'feedback',
  NPS: 'feedback',
  NEGATIVE_MOMENT_RATE: 'feedback',
  RECOVERY_RATE: 'feedback',
  FIRST_RESPONSE_HOURS: 'interaction',
  ACTIVITIES: 'interaction',
} as const satisfies Record<KpiCode, FactFamily>;

/** The group of a row: period, model and, measured scope by scope, the scope's id (null for one scope). */
function keyOf(periodIndex: number, businessModel: string, groupId: string | null): string {
  return `${periodIndex}|${businessModel}|${groupId ?? ''}`;
}

function indexRows<T extends FamilyGroup>(rows: readonly T[] | undefined): Map<string, T> {
  return new Map((rows ?? []).map((row) => [keyOf(row.period_index, row.business_model, row.group_id), row]));
}

interface IndexedRows {
  readonly deal: ReadonlyMap<string, DealFamilyRow>;
  readonly stage: ReadonlyMap<string, StageFamilyRow>;
  readonly feedback: ReadonlyMap<string, FeedbackFamilyRow>;
  readonly interaction: ReadonlyMap<string, InteractionFamilyRow>;
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, ProratedTarget>>;
  /** SALES_REP users of each group (key: group id, '' for one scope); a REP scope is one rep. */
  readonly reps: ReadonlyMap<string, number>;
}

/** The end of each period's elapsed part (docs/kpis.md#running-periods) as the target statements take it. */
function elapsedEnds({ periods, asOf }: MeasuredPeriods): string[] {
  return periods.map((period) => new Date(periodProgress(period, asOf).elapsedEnd).toISOString());
}

function periodBounds({ periods }: MeasuredPeriods): [string[], string[]] {
  return [periods.map((period) => period.from), periods.map((period) => period.to)];
}

/** One statement's worth of scopes: their type, ids and reps, and whether each is its own group. */
interface Scopes {
  readonly type: ScopeType;
  readonly ids: readonly string[] | null;
  readonly repIds: readonly string[] | null;
  /** Each rep with the scope it counts for, pair by pair; null when all form one group. */
  readonly groups: ScopeGroups | null;
}

function oneScope(scope: RowScope): Scopes {
  return { ...scope, groups: null };
}

/** Scopes of one level as groups of one statement; refuses a mix of levels or a scope of several ids. */
function eachScope(scopes: readonly RowScope[]): Scopes {
  const [first] = scopes;
  const level = first.type;
  if (level === 'COMPANY' || scopes.some((scope) => scope.type !== level || scope.ids?.length !== 1)) {
    throw new Error('measureEach takes scopes of one level below the company, one id each');
  }
  const pairs = scopes.flatMap((scope) => (scope.repIds ?? []).map((repId) => [repId, scope.ids?.[0] ?? ''] as const));
  return {
    type: level,
    ids: scopes.map((scope) => scope.ids?.[0] ?? ''),
    repIds: [...new Set(pairs.map(([repId]) => repId))],
    groups: { repIds: pairs.map(([repId]) => repId), groupIds: pairs.map(([, groupId]) => groupId) },
  };
}

/** Distinct target and rep-count answers kept; each is a few rows. */
const CACHE_ENTRIES = 500;

/**
 * Measures KPIs from the facts layer's family aggregates, the targets and the scope's reps — a fixed
 * number of statements whatever the number of periods, models or KPIs.
 */
@Injectable()
export class KpiEngine {
  private readonly targetCache = new AnswerCache<TargetRow[]>(CACHE_ENTRIES);
  private readonly repCountCache = new AnswerCache<ReadonlyMap<string, number>>(CACHE_ENTRIES);

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: FactReader,
  ) {}

  /**
   * Measurements per period (same order as `query.periods`), each ordered by KPI then model. `versions`,
   * when the caller has read them before anything it derived the query from.
   */
  async measure(query: KpiQuery, versions?: DataVersions): Promise<KpiMeasurement[][]> {
    const indexed = await this.read(query, oneScope(query.scope), versions);
    return query.periods.map((_, position) => this.assemble(query, position + 1, null, indexed));
  }

  /**
   * Each scope's measurements per period (same order as `query.periods`), keyed by the scope's id,
   * with the statements of `measure` grouped by scope: the work grows with the scopes' facts, not
   * with the number of scopes.
   */
  async measureEach(query: EachScopeQuery, versions?: DataVersions): Promise<Map<string, KpiMeasurement[][]>> {
    if (query.scopes.length === 0) {
      return new Map();
    }
    const scopes = eachScope(query.scopes);
    const indexed = await this.read(query, scopes, versions);
    return new Map(
      (scopes.ids ?? []).map((id) => [
        id,
        query.periods.map((_, position) => this.assemble(query, position + 1, id, indexed)),
      ]),
    );
  }

  /**
   * The family rows of the scopes from the facts layer, their targets and their reps — each kept while
   * the data it comes from is unchanged (the versions are read first — or were, by the caller — so
   * nothing read after them is older).
   */
  private async read(
    query: MeasuredPeriods,
    scopes: Scopes,
    knownVersions: DataVersions | undefined,
  ): Promise<IndexedRows> {
    const families = [...new Set(query.kpis.map((kpi) => FAMILY_OF[kpi]))];
    const targetKpis = query.kpis.includes('QUOTA_ATTAINMENT') ? [...query.kpis, 'WON_VOLUME'] : [...query.kpis];
    const versions = knownVersions ?? (await readDataVersions(this.dataSource));
    // Three reads at once, each consistent in itself; no transaction around them, as each round trip counts.
    const [rows, targets, reps] = await Promise.all([
      this.facts.rows(
        this.dataSource,
        {
          periods: query.periods,
          asOf: query.asOf,
          businessModels: query.businessModels,
          repIds: scopes.repIds,
          groups: scopes.groups,
          families,
        },
        versions,
      ),
      this.targets(versions, query, [
        ...periodBounds(query),
        query.businessModels,
        targetKpis,
        scopes.type,
        scopes.ids,
        elapsedEnds(query),
        scopes.groups !== null,
      ]),
      this.countReps(versions, scopes),
    ]);
    return this.index(rows, targets, reps);
  }

  /**
   * Prorated targets, kept under the targets' and the organisation's versions (a team's target sums
   * its reps') while no period runs: a running period's target to date grows with every instant.
   */
  private targets(versions: DataVersions, query: MeasuredPeriods, parameters: unknown[]): Promise<TargetRow[]> {
    const read = async () => (await this.dataSource.query(TARGET_SQL, parameters)) as TargetRow[];
    const running = query.periods.some((period) => periodProgress(period, query.asOf).phase === 'RUNNING');
    if (running) {
      return read();
    }
    return this.targetCache.answer(JSON.stringify([versions.targets, versions.organisation, parameters]), read);
  }

  /** The reps of the scopes (by group id, '' for one scope), kept under the organisation's version. */
  private countReps(versions: DataVersions, scopes: Scopes): Promise<ReadonlyMap<string, number>> {
    const { type, ids, groups } = scopes;
    if (type === 'REP') {
      // A REP scope is one rep by definition (§5.1).
      return Promise.resolve(new Map((groups === null ? [''] : (ids ?? [])).map((id) => [id, 1])));
    }
    return this.repCountCache.answer(JSON.stringify([versions.organisation, type, ids, groups !== null]), async () => {
      const rows = (await this.dataSource.query(REP_COUNT_SQL, [type, ids, groups !== null])) as RepCountRow[];
      return new Map(rows.map((row) => [row.group_id ?? '', row.reps]));
    });
  }

  /** The rows of every family and the targets, each keyed by its group. */
  private index(rows: FamilyRows, targetRows: readonly TargetRow[], reps: ReadonlyMap<string, number>): IndexedRows {
    const targets = new Map<string, Map<string, ProratedTarget>>();
    for (const row of targetRows) {
      const key = keyOf(row.period_index, row.business_model, row.group_id);
      const prorated = { target: row.target, targetToDate: row.target_to_date };
      targets.set(key, (targets.get(key) ?? new Map()).set(row.kpi, prorated));
    }
    return {
      deal: indexRows(rows.deal),
      stage: indexRows(rows.stage),
      feedback: indexRows(rows.feedback),
      interaction: indexRows(rows.interaction),
      targets,
      reps,
    };
  }

  /** The measurements of one period (1-based) for the one scope (groupId null) or one of several, by KPI then model. */
  private assemble(
    query: MeasuredPeriods,
    periodIndex: number,
    groupId: string | null,
    indexed: IndexedRows,
  ): KpiMeasurement[] {
    const { deal, stage, feedback, interaction, targets, reps } = indexed;
    return query.kpis.flatMap((kpi) =>
      query.businessModels.map((model) => {
        const key = keyOf(periodIndex, model, groupId);
        const aggregates: FamilyAggregates = {
          deal: deal.get(key),
          stage: stage.get(key),
          feedback: feedback.get(key),
          interaction: interaction.get(key),
          targets: targets.get(key) ?? new Map(),
          reps: reps.get(groupId ?? '') ?? 0,
        };
        return measureKpi(kpi, model, aggregates);
      }),
    );
  }
}
