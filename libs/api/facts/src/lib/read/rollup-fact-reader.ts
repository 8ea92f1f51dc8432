import type { SqlRunner } from '@salesdash/api/platform';
import type {
  DealFamilyRow,
  FactQuery,
  FamilyGroup,
  FamilyRows,
  FeedbackFamilyRow,
  InteractionFamilyRow,
  StageFamilyRow,
} from '../fact-families';
import {
  COMPANY_MEDIAN_SQL,
  lateCohortSql,
  type RollupLevel,
  rollupCountersSql,
  scopeMedianSql,
} from './rollup-families.sql';

type CounterRow = FamilyGroup &
  Omit<DealFamilyRow, 'converted'> &
  Omit<StageFamilyRow, 'paid_out_defaulted'> &
  Omit<FeedbackFamilyRow, 'recovered'> &
  Omit<InteractionFamilyRow, 'median_response_hours'> & {
    created_converted: number;
    paid_out_defaulted: number;
    recovered: number;
  };

interface LateRow extends FamilyGroup {
  conversions: number;
  defaults: number;
  recoveries: number;
}

interface MedianRow extends FamilyGroup {
  median_response_hours: number | null;
}

const keyOf = (row: FamilyGroup) => `${row.period_index}|${row.business_model}|${row.group_id ?? ''}`;

function byKey<T extends FamilyGroup>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}

function levelOf(query: FactQuery): RollupLevel {
  if (query.groups !== null) {
    return 'groups';
  }
  return query.repIds === null ? 'company' : 'scope';
}

/**
 * The KPI families from the rollups: one statement for everything that can be summed, one for the
 * cohort facts that lie after asOf, and one for the response-time median — whatever the number of
 * periods, models and KPIs.
 */
export async function readRollupFamilies(runner: SqlRunner, query: FactQuery): Promise<FamilyRows> {
  const level = levelOf(query);
  const periods = [query.periods.map((period) => period.from), query.periods.map((period) => period.to)];
  const wants = new Set(query.families);
  const scope = level === 'company' ? [] : [query.repIds];
  const groups = query.groups === null ? [] : [query.groups.repIds, query.groups.groupIds];
  const counters = (await runner.query(rollupCountersSql(level), [
    ...periods,
    query.businessModels,
    ...scope,
    ...groups,
  ])) as CounterRow[];
  const late =
    wants.has('deal') || wants.has('stage') || wants.has('feedback')
      ? byKey(
          (await runner.query(lateCohortSql(level), [
            ...periods,
            query.asOf.toISOString(),
            query.businessModels,
            query.repIds,
            ...groups,
          ])) as LateRow[],
        )
      : new Map<string, LateRow>();
  const medians = wants.has('interaction')
    ? byKey(
        (await (level === 'company'
          ? runner.query(COMPANY_MEDIAN_SQL, [...periods, query.businessModels])
          : runner.query(scopeMedianSql(level), [
              ...periods,
              query.businessModels,
              query.repIds,
              ...groups,
            ]))) as MedianRow[],
      )
    : new Map<string, MedianRow>();

  const rows: FamilyRows = {};
  const lateOf = (row: CounterRow) => late.get(keyOf(row));
  if (wants.has('deal')) {
    rows.deal = counters.map((row) => ({
      ...groupOf(row),
      created: row.created,
      converted: row.created_converted - (lateOf(row)?.conversions ?? 0),
      open_deals: row.open_deals,
      open_amount: row.open_amount,
    }));
  }
  if (wants.has('stage')) {
    rows.stage = counters.map((row) => ({
      ...groupOf(row),
      won: row.won,
      lost: row.lost,
      won_amount: row.won_amount,
      sales_cycle_days: row.sales_cycle_days,
      onboarded_after_won: row.onboarded_after_won,
      onboarding_days: row.onboarding_days,
      paid_out: row.paid_out,
      paid_out_complete: row.paid_out_complete,
      paid_out_defaulted: row.paid_out_defaulted - (lateOf(row)?.defaults ?? 0),
    }));
  }
  if (wants.has('feedback')) {
    rows.feedback = counters.map((row) => ({
      ...groupOf(row),
      responses: row.responses,
      csat_mean: row.csat_mean,
      nps_answered: row.nps_answered,
      promoters: row.promoters,
      detractors: row.detractors,
      negative: row.negative,
      recovered: row.recovered - (lateOf(row)?.recoveries ?? 0),
    }));
  }
  if (wants.has('interaction')) {
    rows.interaction = counters.map((row) => ({
      ...groupOf(row),
      outbound: row.outbound,
      answered_inbound: row.answered_inbound,
      median_response_hours: medians.get(keyOf(row))?.median_response_hours ?? null,
    }));
  }
  return rows;
}

function groupOf(row: FamilyGroup): FamilyGroup {
  return { period_index: row.period_index, business_model: row.business_model, group_id: row.group_id };
}
