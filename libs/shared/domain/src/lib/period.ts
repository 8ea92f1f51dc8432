/**
 * Period maths on calendar dates in UTC. A date is an ISO `YYYY-MM-DD` string; a period is
 * [from, to) with `to` exclusive (docs/kpis.md#filters).
 */
export type IsoDate = string;

export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The longest period a KPI request may span. */
export const MAX_PERIOD_YEARS = 5;

/**
 * The day number (days since 1970-01-01) of a valid ISO date, or null. Parsed with arithmetic, not
 * through Date objects: KPI requests judge dozens of values per period and parse their dates each time.
 */
function epochDayOrNull(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC reads years 0–99 as 1900–1999: such dates are refused, as before.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isIsoDate(value: string): boolean {
  return epochDayOrNull(value) !== null;
}

export function toEpochDay(date: IsoDate): number {
  const epochDay = epochDayOrNull(date);
  if (epochDay === null) {
    throw new Error(`Not a date: ${date}`);
  }
  return epochDay;
}

export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds calendar months, clamping to the last day of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const targetMonthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(targetMonthIndex / 12);
  const month = targetMonthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(year, month, Math.min(d, lastDay)) / DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

export function startOfQuarter(date: IsoDate): IsoDate {
  const month = Number(date.slice(5, 7));
  const quarterMonth = Math.floor((month - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(quarterMonth).padStart(2, '0')}-01`;
}

export function startOfYear(date: IsoDate): IsoDate {
  return `${date.slice(0, 4)}-01-01`;
}

/** True when [from, to) spans more than MAX_PERIOD_YEARS calendar years. */
export function exceedsMaxPeriod(period: Period): boolean {
  return period.to > addMonths(period.from, MAX_PERIOD_YEARS * 12);
}

export const PERIOD_PRESETS = [
  'THIS_MONTH',
  'THIS_QUARTER',
  'YEAR_TO_DATE',
  'LAST_MONTH',
  'LAST_QUARTER',
  'LAST_12_MONTHS',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The presets that hold today: their period is running, judged on the part that has elapsed (§4.2). */
export const RUNNING_PRESETS: readonly PeriodPreset[] = ['THIS_MONTH', 'THIS_QUARTER', 'YEAR_TO_DATE'];

/**
 * The period a preset means on a given day. The running ones (this month, this quarter, year to date)
 * hold today and are judged on what has elapsed; the others are complete periods before the current
 * month or quarter — "last 12 months" is the 12 complete months before the current one.
 */
export function presetPeriod(preset: PeriodPreset, today: IsoDate): Period {
  const month = startOfMonth(today);
  const quarter = startOfQuarter(today);
  switch (preset) {
    case 'THIS_MONTH':
      return { from: month, to: addMonths(month, 1) };
    case 'THIS_QUARTER':
      return { from: quarter, to: addMonths(quarter, 3) };
    case 'YEAR_TO_DATE':
      return { from: startOfYear(today), to: addDays(today, 1) };
    case 'LAST_MONTH':
      return { from: addMonths(month, -1), to: month };
    case 'LAST_QUARTER':
      return { from: addMonths(quarter, -3), to: quarter };
    case 'LAST_12_MONTHS':
      return { from: addMonths(month, -12), to: month };
  }
}

/**
 * The calendar months of a trend: `count` whole months ending with the month that holds the last
 * day of the period (`to` − 1 day), oldest first.
 */
export function trailingMonths(periodEnd: IsoDate, count: number): Period[] {
  const lastMonth = startOfMonth(addDays(periodEnd, -1));
  return Array.from({ length: count }, (_, index) => {
    const from = addMonths(lastMonth, index - count + 1);
    return { from, to: addMonths(from, 1) };
  });
}

/** Days of overlap between two half-open date ranges (0 when disjoint). */
export function overlapDays(a: Period, b: Period): number {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return to > from ? daysBetween(from, to) : 0;
}
