import { LOAD_TIMEOUT_MS, loadSharedBundle, type LoadedBundle } from './testing/bundle';
import { computeModelStats, type ModelStats } from './testing/model-stats';

/** The business-model contrast the product owner asked for, computed from the files alone. */
describe('premium financing and consumer loans behave like their businesses', () => {
  let bundle: LoadedBundle;
  let premium: ModelStats;
  let consumer: ModelStats;

  beforeAll(async () => {
    bundle = await loadSharedBundle();
    premium = computeModelStats(bundle, 'PREMIUM_FINANCING');
    consumer = computeModelStats(bundle, 'CONSUMER_LOANS');
  }, LOAD_TIMEOUT_MS);

  it('premium has far fewer leads but far larger amounts', () => {
    expect(premium.deals * 3).toBeLessThan(consumer.deals);
    expect(premium.medianAmount).toBeGreaterThan(50 * consumer.medianAmount);
    const amounts = (model: string) =>
      bundle.tables['deals.csv'].records
        .filter((deal) => deal['business_model'] === model)
        .map((deal) => Number(deal['amount']));
    const premiumAmounts = amounts('PREMIUM_FINANCING');
    const consumerAmounts = amounts('CONSUMER_LOANS');
    expect(Math.min(...premiumAmounts)).toBeGreaterThanOrEqual(150_000);
    expect(Math.max(...premiumAmounts)).toBeLessThanOrEqual(5_000_000);
    expect(Math.min(...consumerAmounts)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...consumerAmounts)).toBeLessThanOrEqual(50_000);
  });

  it('premium wins more often after a longer cycle', () => {
    expect(premium.winRate).toBeGreaterThan(consumer.winRate + 0.05);
    expect(premium.meanSalesCycleDays).toBeGreaterThan(21);
    expect(consumer.meanSalesCycleDays).toBeLessThan(7);
  });

  it('premium onboards in 10–40 days, consumer within 3 days', () => {
    expect(premium.onboardingWithin10To40).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...premium.onboardingDays)).toBeGreaterThanOrEqual(10);
    expect(consumer.maxOnboardingDays).toBeLessThanOrEqual(3);
  });

  it('premium pays out with complete documents far more often', () => {
    expect(premium.infoCompleteShare).toBeGreaterThanOrEqual(0.97);
    expect(consumer.infoCompleteShare).toBeGreaterThanOrEqual(0.85);
    expect(consumer.infoCompleteShare).toBeLessThanOrEqual(0.92);
  });

  it('premium almost never defaults, consumer around 5–7 %', () => {
    expect(premium.defaultRate).toBeLessThan(0.01);
    expect(consumer.defaultRate).toBeGreaterThanOrEqual(0.05);
    expect(consumer.defaultRate).toBeLessThanOrEqual(0.07);
  });

  it('answers inbound contacts within hours, premium faster', () => {
    expect(premium.medianFirstResponseHours).toBeGreaterThanOrEqual(1);
    expect(consumer.medianFirstResponseHours).toBeLessThanOrEqual(12);
    expect(premium.medianFirstResponseHours).toBeLessThan(consumer.medianFirstResponseHours);
  });

  it('has a voice of the customer with negative moments and recoveries', () => {
    expect(premium.meanCsat).toBeGreaterThan(consumer.meanCsat);
    expect(premium.nps).toBeGreaterThan(consumer.nps);
    for (const stats of [premium, consumer]) {
      expect(stats.negativeMomentRate).toBeGreaterThan(0.03);
      expect(stats.negativeMomentRate).toBeLessThan(0.3);
      expect(stats.recoveryRate).toBeGreaterThan(0.2);
      expect(stats.recoveryRate).toBeLessThan(0.9);
    }
    const feedback = bundle.tables['feedback.csv'].records;
    const withFeedback = new Set(feedback.map((row) => row['deal_id'])).size;
    const share = withFeedback / bundle.tables['deals.csv'].records.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.5);
    const commented = feedback.filter((row) => row['comment'] !== '').length / feedback.length;
    expect(commented).toBeGreaterThan(0.5);
    expect(feedback.some((row) => row['comment'].includes('"'))).toBe(true);
    expect(feedback.some((row) => row['nps'] === '')).toBe(true);
  });

  it('grows mildly: the second year has more leads than the first', () => {
    const deals = bundle.tables['deals.csv'].records;
    const split = Date.parse('2024-07-01T00:00:00Z');
    const second = deals.filter((deal) => Date.parse(deal['created_at']) >= split).length;
    const first = deals.length - second;
    // The second year is half a month short (data ends mid-June), so even parity shows growth.
    expect(second).toBeGreaterThan(first);
    expect(second).toBeLessThan(first * 1.3);
  });
});
