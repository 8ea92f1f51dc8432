import { DAY_MS, HOUR_MS, jitterPrecision, MINUTE_MS } from './instants';
import type { BusinessModel, Organisation, Rep } from './model';
import { profileOf, type ModelProfile } from './profiles';
import type { Rng } from './random';

export interface LeadSeed {
  readonly rep: Rep;
  readonly model: BusinessModel;
  readonly createdAt: number;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** Consumers apply around the clock, most in the evening; hour weights 00…23 (UTC). */
const CONSUMER_HOUR_WEIGHTS = [
  0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1, 1.1, 1.2, 1.2, 1.3, 1.2, 1.1, 1.1, 1.2, 1.3, 1.5, 1.6, 1.5, 1.2, 0.8, 0.5,
].map((weight, hour) => [hour, weight] as const);

function timeOfDayMs(rng: Rng, profile: ModelProfile): number {
  const hour = profile.officeHoursOnly ? rng.int(7, 16) : rng.weighted(CONSUMER_HOUR_WEIGHTS);
  return hour * HOUR_MS + rng.int(0, 59) * MINUTE_MS + rng.int(0, 59) * 1000;
}

/**
 * When leads arrive, rep by rep and day by day: a Poisson draw around a rate shaped by the model's
 * seasonality and weekday pattern, a mild growth trend (−8 % → +8 % over the window), the team's and
 * the rep's performance and the rep's share of time on the model. Sorted by creation time so deal
 * ids follow the calendar.
 */
export function planLeads(rng: Rng, organisation: Organisation, start: number, horizon: number): LeadSeed[] {
  const seeds: LeadSeed[] = [];
  const totalDays = Math.round((horizon - start) / DAY_MS);
  for (let day = 0; day < totalDays; day++) {
    const dayStart = start + day * DAY_MS;
    const date = new Date(dayStart);
    const growth = 0.92 + (0.16 * day) / totalDays;
    for (const rep of organisation.reps) {
      for (const [model, capacity] of rep.capacity) {
        const profile = profileOf(model);
        const lambda =
          (profile.monthlyLeadsPerRep / DAYS_PER_MONTH) *
          profile.seasonality[date.getUTCMonth()] *
          profile.weekdayWeights[date.getUTCDay()] *
          growth *
          rep.team.performance *
          Math.sqrt(rep.performance) *
          capacity;
        for (let n = rng.poisson(lambda); n > 0; n--) {
          const createdAt = jitterPrecision(rng, dayStart + timeOfDayMs(rng, profile));
          seeds.push({ rep, model, createdAt });
        }
      }
    }
  }
  return seeds.sort((a, b) => a.createdAt - b.createdAt);
}
