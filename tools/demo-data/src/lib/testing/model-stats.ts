import type { CsvRecord } from './csv-reader';
import type { LoadedBundle } from './bundle';
import type { BusinessModel } from '../model';

const DAY_MS = 86_400_000;

/** KPI-like figures per business model, computed from the files alone (as an importer would see them). */
export interface ModelStats {
  readonly deals: number;
  readonly medianAmount: number;
  readonly winRate: number;
  readonly meanSalesCycleDays: number;
  readonly onboardingDays: readonly number[];
  readonly onboardingWithin10To40: number;
  readonly maxOnboardingDays: number;
  readonly paidOut: number;
  readonly infoCompleteShare: number;
  /** Over payouts at least `maturityDays` before the horizon, so recent ones cannot skew it. */
  readonly defaultRate: number;
  readonly medianFirstResponseHours: number;
  readonly meanCsat: number;
  readonly nps: number;
  readonly negativeMomentRate: number;
  readonly recoveryRate: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

function groupBy(records: readonly CsvRecord[], column: string): Map<string, CsvRecord[]> {
  const groups = new Map<string, CsvRecord[]>();
  for (const record of records) {
    const group = groups.get(record[column]) ?? [];
    group.push(record);
    groups.set(record[column], group);
  }
  return groups;
}

export function computeModelStats(bundle: LoadedBundle, model: BusinessModel, maturityDays = 150): ModelStats {
  const { tables } = bundle;
  const horizon = Date.parse(bundle.summary.until);
  const deals = tables['deals.csv'].records.filter((deal) => deal['business_model'] === model);
  const dealIds = new Set(deals.map((deal) => deal['deal_id']));
  const createdAt = new Map(deals.map((deal) => [deal['deal_id'], Date.parse(deal['created_at'])]));
  const ofModel = (records: readonly CsvRecord[]) => records.filter((record) => dealIds.has(record['deal_id']));

  const events = ofModel(tables['stage_events.csv'].records);
  const at = (stage: string) =>
    new Map(
      events
        .filter((event) => event['stage'] === stage)
        .map((event) => [event['deal_id'], Date.parse(event['occurred_at'])]),
    );
  const won = at('WON');
  const lost = at('LOST');
  const onboarded = at('ONBOARDED');
  const defaulted = at('DEFAULTED');
  const payouts = events.filter((event) => event['stage'] === 'PAID_OUT');

  const onboardingDays = [...onboarded].map(([id, t]) => (t - (won.get(id) ?? t)) / DAY_MS);
  const matureIds = payouts
    .filter((event) => Date.parse(event['occurred_at']) <= horizon - maturityDays * DAY_MS)
    .map((event) => event['deal_id']);
  const responses = ofModel(tables['interactions.csv'].records)
    .filter((row) => row['direction'] === 'INBOUND' && row['response_minutes'] !== '')
    .map((row) => Number(row['response_minutes']) / 60);
  const feedback = ofModel(tables['feedback.csv'].records);
  const npsAnswers = feedback.filter((row) => row['nps'] !== '').map((row) => Number(row['nps']));
  const csat = (row: CsvRecord) => Number(row['csat']);
  const byDeal = groupBy(feedback, 'deal_id');
  const negatives = feedback.filter((row) => csat(row) <= 2);
  const recovered = negatives.filter((negative) => {
    const t = Date.parse(negative['occurred_at']);
    return (byDeal.get(negative['deal_id']) ?? []).some((other) => {
      const u = Date.parse(other['occurred_at']);
      return csat(other) >= 4 && u > t && u <= t + 14 * DAY_MS;
    });
  });

  return {
    deals: deals.length,
    medianAmount: median(deals.map((deal) => Number(deal['amount']))),
    winRate: won.size / (won.size + lost.size),
    meanSalesCycleDays: mean([...won].map(([id, t]) => (t - (createdAt.get(id) ?? t)) / DAY_MS)),
    onboardingDays,
    onboardingWithin10To40: share(onboardingDays, (days) => days >= 10 && days <= 40),
    maxOnboardingDays: Math.max(...onboardingDays),
    paidOut: payouts.length,
    infoCompleteShare: share(payouts, (event) => event['info_complete'] === 'true'),
    defaultRate: share(matureIds, (id) => defaulted.has(id)),
    medianFirstResponseHours: median(responses),
    meanCsat: mean(feedback.map(csat)),
    nps:
      (100 * (npsAnswers.filter((n) => n >= 9).length - npsAnswers.filter((n) => n <= 6).length)) / npsAnswers.length,
    negativeMomentRate: negatives.length / feedback.length,
    recoveryRate: recovered.length / negatives.length,
  };
}

/** WON_VOLUME / prorated-free monthly target per rep and model over whole months [from, to). */
export function repAttainment(bundle: LoadedBundle, from: string, to: string): Map<string, number> {
  const { tables } = bundle;
  const dealById = new Map(tables['deals.csv'].records.map((deal) => [deal['deal_id'], deal]));
  const inPeriod = (instant: string) => {
    const t = Date.parse(instant);
    return t >= Date.parse(from) && t < Date.parse(to);
  };
  const won = new Map<string, number>();
  for (const event of tables['stage_events.csv'].records) {
    const deal = dealById.get(event['deal_id']);
    if (deal && event['stage'] === 'WON' && inPeriod(event['occurred_at'])) {
      const key = `${deal['rep_id']}|${deal['business_model']}`;
      won.set(key, (won.get(key) ?? 0) + Number(deal['amount']));
    }
  }
  const target = new Map<string, number>();
  for (const row of tables['targets.csv'].records) {
    if (
      row['scope_type'] === 'REP' &&
      row['kpi'] === 'WON_VOLUME' &&
      row['period_start'] >= from &&
      row['period_end'] <= to
    ) {
      const key = `${row['scope_id']}|${row['business_model']}`;
      target.set(key, (target.get(key) ?? 0) + Number(row['value']));
    }
  }
  return new Map([...target].map(([key, value]) => [key, (won.get(key) ?? 0) / value]));
}
