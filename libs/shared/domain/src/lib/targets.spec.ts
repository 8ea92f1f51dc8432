import fc from 'fast-check';
import {
  addYearMonths,
  distributeTotal,
  isTargetKpi,
  isYearMonth,
  monthPeriod,
  monthSums,
  monthsFrom,
  targetUnitOf,
  sumOfTargets,
  MAX_TARGET_VALUE,
  targetValueProblem,
  teamTotals,
} from './targets';
import { englishTextOf } from './messages';

/** targetValueProblem in English words, or null when the value can be stored. */
const targetValueIssue = (value: number, unit: Parameters<typeof targetValueProblem>[1]) => {
  const problem = targetValueProblem(value, unit);
  return problem && englishTextOf(problem);
};

describe('target months', () => {
  it('reads YYYY-MM only', () => {
    expect(isYearMonth('2027-01')).toBe(true);
    expect(isYearMonth('2027-13')).toBe(false);
    expect(isYearMonth('2027-1')).toBe(false);
    expect(isYearMonth('2027-01-01')).toBe(false);
  });

  it('turns a month into its period, February of a leap year included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-03-01' });
    expect(monthPeriod('2027-12')).toEqual({ from: '2027-12-01', to: '2028-01-01' });
  });

  it('counts months across a year end', () => {
    expect(addYearMonths('2027-11', 3)).toBe('2028-02');
    expect(addYearMonths('2027-01', -12)).toBe('2026-01');
    expect(monthsFrom('2027-11', 3)).toEqual(['2027-11', '2027-12', '2028-01']);
  });
});

describe('target values', () => {
  it('takes euros to the cent and whole counts', () => {
    expect(targetUnitOf('WON_VOLUME')).toBe('EUR');
    expect(targetUnitOf('WON_DEALS')).toBe('COUNT');
    expect(targetValueIssue(1234.56, 'EUR')).toBeNull();
    expect(targetValueIssue(0, 'COUNT')).toBeNull();
    expect(targetValueIssue(0.1 + 0.2, 'EUR')).toBeNull();
    expect(targetValueIssue(1.005, 'EUR')).toBe('must have at most 2 decimals');
    expect(targetValueIssue(2.5, 'COUNT')).toBe('must be a whole number');
    expect(targetValueIssue(-1, 'EUR')).toBe('must be 0 or more');
    expect(targetValueIssue(Number.NaN, 'EUR')).toBe('must be a number');
    expect(targetValueIssue(1e12, 'EUR')).toBe('must be at most 999,999,999,999');
  });

  it('names the problem of a target value by message code, its text naming the largest target as people read it', () => {
    expect(targetValueProblem(1234.56, 'EUR')).toBeNull();
    expect(targetValueProblem(2.5, 'COUNT')).toEqual({ code: 'NOT_WHOLE_NUMBER', params: {} });
    expect(targetValueProblem(MAX_TARGET_VALUE + 1, 'COUNT')).toEqual({ code: 'TARGET_TOO_LARGE', params: {} });
    expect(targetValueIssue(MAX_TARGET_VALUE + 1, 'COUNT')).toBe(
      `must be at most ${MAX_TARGET_VALUE.toLocaleString('en-US')}`,
    );
  });

  it('knows which KPIs take targets', () => {
    expect(['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES', 'WIN_RATE'].filter(isTargetKpi)).toEqual([
      'NEW_LEADS',
      'WON_DEALS',
      'WON_VOLUME',
      'ACTIVITIES',
    ]);
  });
});

describe('distributeTotal', () => {
  it('splits evenly, the leftover cents to the first parts', () => {
    expect(distributeTotal(100, [1, 1, 1], 'EUR')).toEqual([33.34, 33.33, 33.33]);
    expect(distributeTotal(10, [0, 0, 0], 'COUNT')).toEqual([4, 3, 3]);
  });

  it('splits by share, whole steps that add up to the total', () => {
    expect(distributeTotal(90_000, [100, 200, 0], 'EUR')).toEqual([30_000, 60_000, 0]);
    expect(distributeTotal(7, [1, 1, 2], 'COUNT')).toEqual([2, 2, 3]);
    expect(distributeTotal(5, [], 'COUNT')).toEqual([]);
  });

  it('always adds up to the total in whole cents or whole counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('EUR' as const, 'COUNT' as const),
        (steps, weights, unit) => {
          const total = unit === 'EUR' ? steps / 100 : steps;
          const parts = distributeTotal(total, weights, unit);
          const partSteps = parts.map((part) => Math.round(unit === 'EUR' ? part * 100 : part));
          expect(partSteps.reduce((a, b) => a + b, 0)).toBe(steps);
          parts.forEach((part) => expect(targetValueIssue(part, unit)).toBeNull());
        },
      ),
    );
  });
});

describe('team totals', () => {
  it('sums the reps per month, and takes the team’s own target where it has one', () => {
    const sums = monthSums(
      [
        [1000, null, 5],
        [500, null, null],
      ],
      3,
    );
    expect(sums).toEqual([1500, null, 5]);
    expect(teamTotals([null, 700, 0], sums)).toEqual([1500, 700, 0]);
    expect(sumOfTargets([null, null])).toBeNull();
    expect(sumOfTargets([0, null])).toBe(0);
  });
});
