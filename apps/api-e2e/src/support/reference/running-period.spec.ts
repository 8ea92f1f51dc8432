import { parseInstant, parseIsoDate } from './instant';
import { daysOf, elapsedMonths, elapsedPart, forecastOf, paceOf, phaseOf } from './running-period';
import type { Period } from './targets';

const period = (from: string, to: string): Period => ({ from: parseIsoDate(from), to: parseIsoDate(to) });
const at = parseInstant;
/** 10 days: every 0.2 × days(P) boundary falls on a midnight. */
const TEN_DAYS = period('2026-03-01', '2026-03-11');

describe('phase and elapsed part (§4.2)', () => {
  it('is not started up to and including from, running inside, ended from to on', () => {
    expect(phaseOf(TEN_DAYS, at('2026-02-20T00:00:00Z'))).toBe('NOT_STARTED');
    expect(phaseOf(TEN_DAYS, at('2026-03-01T00:00:00Z'))).toBe('NOT_STARTED');
    expect(phaseOf(TEN_DAYS, at('2026-03-01T00:00:00.000001Z'))).toBe('RUNNING');
    expect(phaseOf(TEN_DAYS, at('2026-03-10T23:59:59.999999Z'))).toBe('RUNNING');
    expect(phaseOf(TEN_DAYS, at('2026-03-11T00:00:00Z'))).toBe('ENDED');
    expect(phaseOf(TEN_DAYS, at('2027-01-01T00:00:00Z'))).toBe('ENDED');
  });

  it('has an exact, fractional elapsed length; empty before from, all of P after to', () => {
    expect(daysOf(elapsedPart(TEN_DAYS, at('2026-03-04T13:30:00Z')))).toBe(3 + 13.5 / 24);
    expect(daysOf(elapsedPart(TEN_DAYS, at('2026-01-01T00:00:00Z')))).toBe(0);
    expect(elapsedPart(TEN_DAYS, at('2026-01-01T00:00:00Z'))).toEqual({ from: TEN_DAYS.from, to: TEN_DAYS.from });
    expect(elapsedPart(TEN_DAYS, at('2026-05-01T00:00:00Z'))).toEqual(TEN_DAYS);
  });
});

describe('forecast (§4.2)', () => {
  it('is the value when ended, a straight run rate when running, null when not started', () => {
    expect(forecastOf('WON_VOLUME', 1234.5, TEN_DAYS, at('2026-04-01T00:00:00Z'))).toBe(1234.5);
    // 2.5 of 10 days elapsed: × 4.
    expect(forecastOf('NEW_LEADS', 3, TEN_DAYS, at('2026-03-03T12:00:00Z'))).toBe(12);
    expect(forecastOf('ACTIVITIES', 0, TEN_DAYS, at('2026-03-03T12:00:00Z'))).toBe(0);
    expect(forecastOf('WON_DEALS', 5, TEN_DAYS, at('2026-03-01T00:00:00Z'))).toBeNull();
  });

  it('is null for every KPI but the four flows', () => {
    expect(forecastOf('PIPELINE_VALUE', 100, TEN_DAYS, at('2026-04-01T00:00:00Z'))).toBeNull();
    expect(forecastOf('WIN_RATE', 0.5, TEN_DAYS, at('2026-03-05T00:00:00Z'))).toBeNull();
    expect(forecastOf('QUOTA_ATTAINMENT', 0.5, TEN_DAYS, at('2026-03-05T00:00:00Z'))).toBeNull();
  });
});

describe('pace (§4.2), in the spec order', () => {
  const half = at('2026-03-06T00:00:00Z');

  it('is ON_TRACK exactly at r = 1, BEHIND exactly at r = 0.8, AT_RISK just below', () => {
    expect(paceOf(5, 5, TEN_DAYS, half)).toBe('ON_TRACK');
    expect(paceOf(5.000001, 5, TEN_DAYS, half)).toBe('ON_TRACK');
    expect(paceOf(4.999999, 5, TEN_DAYS, half)).toBe('BEHIND');
    expect(paceOf(4, 5, TEN_DAYS, half)).toBe('BEHIND');
    expect(paceOf(3.999999, 5, TEN_DAYS, half)).toBe('AT_RISK');
    expect(paceOf(0, 5, TEN_DAYS, half)).toBe('AT_RISK');
  });

  it('is TOO_EARLY below 20 % elapsed, not at exactly 20 %', () => {
    expect(paceOf(0, 5, TEN_DAYS, at('2026-03-02T23:59:59.999999Z'))).toBe('TOO_EARLY');
    expect(paceOf(0, 5, TEN_DAYS, at('2026-03-03T00:00:00Z'))).toBe('AT_RISK');
    expect(paceOf(1, 1, TEN_DAYS, at('2026-03-03T00:00:00Z'))).toBe('ON_TRACK');
  });

  it('is TOO_EARLY when not started, before the zero-target rule', () => {
    expect(paceOf(0, 0, TEN_DAYS, at('2026-03-01T00:00:00Z'))).toBe('TOO_EARLY');
    expect(paceOf(3, 0, TEN_DAYS, at('2026-02-01T00:00:00Z'))).toBe('TOO_EARLY');
  });

  it('is null when targetToDate is 0 (after 20 %), and without a targetToDate at all', () => {
    expect(paceOf(3, 0, TEN_DAYS, half)).toBeNull();
    expect(paceOf(3, null, TEN_DAYS, half)).toBeNull();
    expect(paceOf(3, null, TEN_DAYS, at('2026-02-01T00:00:00Z'))).toBeNull();
  });

  it('gives the final verdict on an ended period with the same thresholds', () => {
    const after = at('2026-06-01T00:00:00Z');
    expect(paceOf(10, 10, TEN_DAYS, after)).toBe('ON_TRACK');
    expect(paceOf(8, 10, TEN_DAYS, after)).toBe('BEHIND');
    expect(paceOf(7.9, 10, TEN_DAYS, after)).toBe('AT_RISK');
  });
});

describe('months of the elapsed part (§5.1)', () => {
  const months = (from: string, to: string) => elapsedMonths({ from: at(from), to: at(to) });

  it('counts a whole calendar month as 1, whatever its length', () => {
    expect(months('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')).toBe(1);
    expect(months('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).toBe(1);
    expect(months('2028-02-01T00:00:00Z', '2028-03-01T00:00:00Z')).toBe(1);
    expect(months('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBeCloseTo(12, 12);
  });

  it('counts the elapsed half of a 30-day month as 0.5, and of the leap February 2028 (29 days)', () => {
    expect(months('2026-04-01T00:00:00Z', '2026-04-16T00:00:00Z')).toBe(0.5);
    expect(months('2028-02-01T00:00:00Z', '2028-02-15T12:00:00Z')).toBe(0.5);
    // 2026-02 has 28 days: 14 days are half of it, but 14 of 29 days of 2028-02 are not.
    expect(months('2026-02-01T00:00:00Z', '2026-02-15T00:00:00Z')).toBe(0.5);
    expect(months('2028-02-01T00:00:00Z', '2028-02-15T00:00:00Z')).toBe(14 / 29);
  });

  it('adds the parts of the months a window straddles, at fractional instants', () => {
    // 2026-01-16 12:00 .. 2026-03-04 06:00 = 15.5/31 + 1 + 3.25/31.
    const expected = 15.5 / 31 + 1 + 3.25 / 31;
    expect(months('2026-01-16T12:00:00Z', '2026-03-04T06:00:00Z')).toBeCloseTo(expected, 12);
    // Across a leap day: 2028-02-20 .. 2028-03-10 = 10/29 (20th to 29th) + 9/31.
    expect(months('2028-02-20T00:00:00Z', '2028-03-10T00:00:00Z')).toBeCloseTo(10 / 29 + 9 / 31, 12);
  });

  it('is 0 for an empty elapsed part (not started)', () => {
    expect(months('2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z')).toBe(0);
  });
});
