import type { Rng } from './random';

/** Instants are epoch milliseconds (UTC) throughout the generator. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function startOfUtcDay(instant: Date): number {
  return Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate());
}

/** Months since year 0; differences give month indexes without calendar arithmetic. */
export function monthNumber(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStart(monthNo: number): number {
  return Date.UTC(Math.floor(monthNo / 12), monthNo % 12, 1);
}

export function isoDateOfMonth(monthNo: number): string {
  return new Date(monthStart(monthNo)).toISOString().slice(0, 10);
}

/** Rounds to whole seconds, sometimes keeping milliseconds as a real import would. */
export function jitterPrecision(rng: Rng, ms: number): number {
  const seconds = Math.floor(ms / 1000) * 1000;
  return rng.chance(0.08) ? seconds + rng.int(1, 999) : seconds;
}

/** Moves an instant forward to the next weekday working hour (07:00–17:00 UTC). */
export function nextBusinessMoment(rng: Rng, ms: number): number {
  const date = new Date(ms);
  const hour = date.getUTCHours();
  const weekday = date.getUTCDay();
  if (weekday !== 0 && weekday !== 6 && hour >= 7 && hour < 17) {
    return ms;
  }
  let day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  if (hour >= 7) {
    day += DAY_MS;
  }
  while ([0, 6].includes(new Date(day).getUTCDay())) {
    day += DAY_MS;
  }
  return day + 7 * HOUR_MS + rng.int(0, 4 * 60) * MINUTE_MS;
}

/**
 * ISO 8601 text for an instant. Most use `Z`; some carry the Central European offset (+02:00 from
 * April to October, else +01:00) so importers must normalise to UTC. Milliseconds appear only when
 * present.
 */
export function formatInstant(rng: Rng, ms: number): string {
  const utc = new Date(ms);
  const fraction = ms % 1000 === 0 ? 19 : 23;
  if (!rng.chance(0.15)) {
    return `${utc.toISOString().slice(0, fraction)}Z`;
  }
  const month = utc.getUTCMonth();
  const offsetHours = month >= 3 && month <= 9 ? 2 : 1;
  utc.setTime(ms + offsetHours * HOUR_MS);
  return `${utc.toISOString().slice(0, fraction)}+0${offsetHours}:00`;
}
