import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RowScope } from '@salesdash/api/org';
import { AnswerCache, type DataVersions, readDataVersions } from '@salesdash/api/platform';
import { type KpiCode, type Period, periodProgress } from '@salesdash/shared/domain';
import {
  type DealFamilyRow,
  type FactFamily,
  FactReader,
  type FamilyGroup,
  type FamilyRows,
  type FeedbackFamilyRow,
  type InteractionFamilyRow,
  type StageFamilyRow,
} from '@salesdash/api/facts';
import { type FamilyAggregates, type KpiMeasurement, measureKpi, type ProratedTarget } from './kpi-measurement';
import { REP_COUNT_SQL } from './sql/rep-count.sql';
import { REP_TARGET_SQL, type RepTargetRow } from './sql/rep-target.sql';
import { TARGET_SQL, type TargetRow } from './sql/target.sql';

export interface KpiQuery {
  /** One period for kpiValues, several for a trend; each computed alike. */
  readonly periods: readonly Period[];
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  readonly kpis: readonly KpiCode[];
  readonly scope: RowScope;
}

/** One period measured for each of several reps, each as if alone (scope REP), in one pass. */
export interface PerRepQuery {
  readonly period: Period;
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  readonly kpis: readonly KpiCode[];
  readonly repIds: readonly string[];
}

/** Several periods measured for each of several reps, each as if alone, in one pass. */
export interface PerRepPeriodsQuery extends Omit<PerRepQuery, 'period'> {
  readonly periods: readonly Period[];
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

/** The group of a row: period, model and, measured by rep, the rep (null for the whole scope). */
function keyOf(periodIndex: number, businessModel: string, repId: string | null): string {
  return `${periodIndex}|${businessModel}|${repId ?? ''}`;
}

function indexRows<T extends FamilyGroup>(rows: readonly T[] | undefined): Map<string, T> {
  return new Map((rows ?? []).map((row) => [keyOf(row.period_index, row.business_model, row.rep_id), row]));
}

interface IndexedRows {
  readonly deal: ReadonlyMap<string, DealFamilyRow>;
  readonly stage: ReadonlyMap<string, StageFamilyRow>;
  readonly feedback: ReadonlyMap<string, FeedbackFamilyRow>;
  readonly interaction: ReadonlyMap<string, InteractionFamilyRow>;
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, ProratedTarget>>;
  /** SALES_REP users of the scope; each rep counts 1 when measured by rep. */
  readonly reps: number;
}

function repOf(row: TargetRow | RepTargetRow): string | null {
  return 'rep_id' in row ? row.rep_id : null;
}

/** The end of each period's elapsed part (KPI-SPEC §4.2) as the target statements take it. */
function elapsedEnds({ periods, asOf }: KpiQuery): string[] {
  return periods.map((period) => new Date(periodProgress(period, asOf).elapsedEnd).toISOString());
}

function periodBounds({ periods }: KpiQuery): [string[], string[]] {
  return [periods.map((period) => period.from), periods.map((period) => period.to)];
}

/** A target statement and its parameters; `name` tells the statements apart in cache keys. */
interface TargetStatement {
  readonly name: 'scope' | 'per-rep';
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** Distinct target and rep-count answers kept; each is a few rows. */
const CACHE_ENTRIES = 500;

/**
 * Measures KPIs from the facts layer's family aggregates, the targets and the scope's reps — a fixed
 * number of statements whatever the number of periods, models or KPIs.
 */
@Injectable()
export class KpiEngine {
  private readonly targetCache = new AnswerCache<unknown[]>(CACHE_ENTRIES);
  private readonly repCountCache = new AnswerCache<number>(CACHE_ENTRIES);

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: FactReader,
  ) {}

  /**
   * Measurements per period (same order as `query.periods`), each ordered by KPI then model. `versions`,
   * when the caller has read them before anything it derived the query from.
   */
  async measure(query: KpiQuery, versions?: DataVersions): Promise<KpiMeasurement[][]> {
    const { rows, targets, reps } = await this.read<TargetRow>(query, false, versions, (kpis) => ({
      name: 'scope',
      sql: TARGET_SQL,
      parameters: [
        ...periodBounds(query),
        query.businessModels,
        kpis,
        query.scope.type,
        query.scope.ids,
        elapsedEnds(query),
      ],
    }));
    const indexed = this.index(rows, targets, reps);
    return query.periods.map((_, position) => this.assemble(query, position + 1, null, indexed));
  }

  /**
   * Each rep's measurements (ordered by KPI then model) with the same statements as `measure`, grouped
   * by rep as well: the work grows with the team's facts, not with the number of reps.
   */
  async measurePerRep(query: PerRepQuery): Promise<Map<string, KpiMeasurement[]>> {
    const byRep = await this.measurePerRepOverPeriods({ ...query, periods: [query.period] });
    return new Map([...byRep].map(([repId, [measurements]]) => [repId, measurements]));
  }

  /** Like `measurePerRep` for several periods at once: per rep, the measurements per period (same order). */
  async measurePerRepOverPeriods(query: PerRepPeriodsQuery): Promise<Map<string, KpiMeasurement[][]>> {
    if (query.repIds.length === 0) {
      return new Map();
    }
    const scoped: KpiQuery = {
      periods: query.periods,
      asOf: query.asOf,
      businessModels: query.businessModels,
      kpis: query.kpis,
      scope: { type: 'REP', ids: query.repIds, repIds: query.repIds },
    };
    const { rows, targets } = await this.read<RepTargetRow>(scoped, true, undefined, (kpis) => ({
      name: 'per-rep',
      sql: REP_TARGET_SQL,
      parameters: [...periodBounds(scoped), query.businessModels, kpis, query.repIds, elapsedEnds(scoped)],
    }));
    // Each rep is measured as if alone: a REP scope is one rep (§5.1).
    const indexed = this.index(rows, targets, 1);
    return new Map(
      query.repIds.map((repId) => [
        repId,
        query.periods.map((_, position) => this.assemble(scoped, position + 1, repId, indexed)),
      ]),
    );
  }

  /**
   * The family rows of a query from the facts layer, its targets and its reps — each kept while the
   * data it comes from is unchanged (the versions are read first — or were, by the caller — so nothing
   * read after them is older).
   */
  private async read<T extends TargetRow | RepTargetRow>(
    query: KpiQuery,
    byRep: boolean,
    knownVersions: DataVersions | undefined,
    targetStatement: (kpis: readonly string[]) => TargetStatement,
  ): Promise<{ rows: FamilyRows; targets: T[]; reps: number }> {
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
          repIds: query.scope.repIds,
          byRep,
          families,
        },
        versions,
      ),
      this.targets(versions, query, targetStatement(targetKpis)) as Promise<T[]>,
      byRep ? 1 : this.countReps(versions, query),
    ]);
    return { rows, targets, reps };
  }

  /**
   * Prorated targets, kept under the targets' and the organisation's versions (a team's target sums
   * its reps') while no period runs: a running period's target to date grows with every instant.
   */
  private targets(versions: DataVersions, query: KpiQuery, statement: TargetStatement): Promise<unknown[]> {
    const read = () => this.dataSource.query(statement.sql, statement.parameters) as Promise<unknown[]>;
    const running = query.periods.some((period) => periodProgress(period, query.asOf).phase === 'RUNNING');
    if (running) {
      return read();
    }
    const key = JSON.stringify([versions.targets, versions.organisation, statement.name, statement.parameters]);
    return this.targetCache.answer(key, read);
  }

  /** The scope's reps, kept under the organisation's version. */
  private countReps(versions: DataVersions, query: KpiQuery): Promise<number> {
    const { type, ids } = query.scope;
    if (type === 'REP') {
      return Promise.resolve(1);
    }
    return this.repCountCache.answer(JSON.stringify([versions.organisation, type, ids]), async () => {
      const [row] = (await this.dataSource.query(REP_COUNT_SQL, [type, ids])) as { reps: number }[];
      return row.reps;
    });
  }

  /** The rows of every family and the targets, each keyed by its group. */
  private index(rows: FamilyRows, targetRows: readonly (TargetRow | RepTargetRow)[], reps: number): IndexedRows {
    const targets = new Map<string, Map<string, ProratedTarget>>();
    for (const row of targetRows) {
      const key = keyOf(row.period_index, row.business_model, repOf(row));
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

  /** The measurements of one period (1-based) for the whole scope (repId null) or one rep, by KPI then model. */
  private assemble(query: KpiQuery, periodIndex: number, repId: string | null, indexed: IndexedRows): KpiMeasurement[] {
    const { deal, stage, feedback, interaction, targets, reps } = indexed;
    return query.kpis.flatMap((kpi) =>
      query.businessModels.map((model) => {
        const key = keyOf(periodIndex, model, repId);
        const aggregates: FamilyAggregates = {
          deal: deal.get(key),
          stage: stage.get(key),
          feedback: feedback.get(key),
          interaction: interaction.get(key),
          targets: targets.get(key) ?? new Map(),
          reps,
        };
        return measureKpi(kpi, model, aggregates);
      }),
    );
  }
}
