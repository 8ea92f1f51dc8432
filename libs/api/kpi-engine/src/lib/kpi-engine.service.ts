import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RowScope } from '@salesdash/api/org';
import type { KpiCode, Period } from '@salesdash/shared/domain';
import { type FamilyAggregates, type KpiMeasurement, measureKpi } from './kpi-measurement';
import { DEAL_FAMILY_SQL, type DealFamilyRow } from './sql/deal-family.sql';
import { FEEDBACK_FAMILY_SQL, type FeedbackFamilyRow } from './sql/feedback-family.sql';
import { INTERACTION_FAMILY_SQL, type InteractionFamilyRow } from './sql/interaction-family.sql';
import { familyParameters } from './sql/kpi-sql-params';
import { STAGE_FAMILY_SQL, type StageFamilyRow } from './sql/stage-family.sql';
import { TARGET_SQL, type TargetRow } from './sql/target.sql';

export interface KpiQuery {
  /** One period for kpiValues, several for a trend; each computed alike. */
  readonly periods: readonly Period[];
  readonly asOf: Date;
  readonly businessModels: readonly string[];
  readonly kpis: readonly KpiCode[];
  readonly scope: RowScope;
}

type Family = 'deal' | 'stage' | 'feedback' | 'interaction';

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
} as const satisfies Record<KpiCode, Family>;

const FAMILY_SQL: Record<Family, string> = {
  deal: DEAL_FAMILY_SQL,
  stage: STAGE_FAMILY_SQL,
  feedback: FEEDBACK_FAMILY_SQL,
  interaction: INTERACTION_FAMILY_SQL,
};

interface FamilyRow {
  period_index: number;
  business_model: string;
}

type FamilyRows = {
  deal: DealFamilyRow[];
  stage: StageFamilyRow[];
  feedback: FeedbackFamilyRow[];
  interaction: InteractionFamilyRow[];
};

function instant(date: string): string {
  return `${date}T00:00:00Z`;
}

function keyOf(periodIndex: number, businessModel: string): string {
  return `${periodIndex}|${businessModel}`;
}

function indexRows<T extends FamilyRow>(rows: readonly T[] | undefined): Map<string, T> {
  return new Map((rows ?? []).map((row) => [keyOf(row.period_index, row.business_model), row]));
}

/**
 * Computes KPIs with set-based SQL: at most one statement per KPI family plus one for targets,
 * whatever the number of periods, models or KPIs, all in one consistent snapshot.
 */
@Injectable()
export class KpiEngine {
  constructor(private readonly dataSource: DataSource) {}

  /** Measurements per period (same order as `query.periods`), each ordered by KPI then model. */
  async measure(query: KpiQuery): Promise<KpiMeasurement[][]> {
    const families = [...new Set(query.kpis.map((kpi) => FAMILY_OF[kpi]))];
    const targetKpis = query.kpis.includes('QUOTA_ATTAINMENT') ? [...query.kpis, 'WON_VOLUME'] : [...query.kpis];
    const { rows, targets } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const familyRows: Partial<FamilyRows> = {};
      for (const family of families) {
        Object.assign(familyRows, { [family]: await this.runFamily(manager, family, query) });
      }
      const targetRows = await this.runTargets(manager, query, targetKpis);
      return { rows: familyRows, targets: targetRows };
    });
    return this.assemble(query, rows, targets);
  }

  private runFamily(manager: EntityManager, family: Family, query: KpiQuery): Promise<FamilyRow[]> {
    return manager.query(
      FAMILY_SQL[family],
      familyParameters({
        periodStarts: query.periods.map((p) => instant(p.from)),
        periodEnds: query.periods.map((p) => instant(p.to)),
        asOf: query.asOf,
        businessModels: query.businessModels,
        repIds: query.scope.repIds,
      }),
    );
  }

  private runTargets(manager: EntityManager, query: KpiQuery, kpis: readonly string[]): Promise<TargetRow[]> {
    return manager.query(TARGET_SQL, [
      query.periods.map((p) => p.from),
      query.periods.map((p) => p.to),
      query.businessModels,
      kpis,
      query.scope.type,
      query.scope.ids,
    ]);
  }

  private assemble(query: KpiQuery, rows: Partial<FamilyRows>, targetRows: TargetRow[]): KpiMeasurement[][] {
    const deal = indexRows(rows.deal);
    const stage = indexRows(rows.stage);
    const feedback = indexRows(rows.feedback);
    const interaction = indexRows(rows.interaction);
    const targets = new Map<string, Map<string, number>>();
    for (const row of targetRows) {
      const key = keyOf(row.period_index, row.business_model);
      targets.set(key, (targets.get(key) ?? new Map()).set(row.kpi, row.target));
    }
    return query.periods.map((_, position) => {
      const periodIndex = position + 1;
      return query.kpis.flatMap((kpi) =>
        query.businessModels.map((model) => {
          const key = keyOf(periodIndex, model);
          const aggregates: FamilyAggregates = {
            deal: deal.get(key),
            stage: stage.get(key),
            feedback: feedback.get(key),
            interaction: interaction.get(key),
            targets: targets.get(key) ?? new Map(),
          };
          return measureKpi(kpi, model, aggregates);
        }),
      );
    });
  }
}
