import { previousPeriod, samePeriodLastYear } from './period-comparison';

describe('previousPeriod', () => {
  it.each([
    ['a month', { from: '2026-03-01', to: '2026-04-01' }, { from: '2026-02-01', to: '2026-03-01' }],
    [
      'December across the year end',
      { from: '2025-12-01', to: '2026-01-01' },
      { from: '2025-11-01', to: '2025-12-01' },
    ],
    ['January back into December', { from: '2026-01-01', to: '2026-02-01' }, { from: '2025-12-01', to: '2026-01-01' }],
    [
      'March back into a leap February',
      { from: '2024-03-01', to: '2024-04-01' },
      { from: '2024-02-01', to: '2024-03-01' },
    ],
    ['Q4 → Q3', { from: '2025-10-01', to: '2026-01-01' }, { from: '2025-07-01', to: '2025-10-01' }],
    ['Q1 → Q4 of the year before', { from: '2026-01-01', to: '2026-04-01' }, { from: '2025-10-01', to: '2026-01-01' }],
    ['a year', { from: '2025-01-01', to: '2026-01-01' }, { from: '2024-01-01', to: '2025-01-01' }],
    ['14 months', { from: '2025-03-01', to: '2026-05-01' }, { from: '2024-01-01', to: '2025-03-01' }],
  ])('shifts %s back by whole calendar months', (_name, period, expected) => {
    expect(previousPeriod(period)).toEqual(expected);
  });

  it.each([
    ['an arbitrary 10 days', { from: '2026-03-05', to: '2026-03-15' }, { from: '2026-02-23', to: '2026-03-05' }],
    ['10 days across a leap day', { from: '2024-03-05', to: '2024-03-15' }, { from: '2024-02-24', to: '2024-03-05' }],
    ['one day', { from: '2026-01-01', to: '2026-01-02' }, { from: '2025-12-31', to: '2026-01-01' }],
    // Month ends are no month starts: 31 days back.
    ['a month from the 15th', { from: '2026-01-15', to: '2026-02-15' }, { from: '2025-12-15', to: '2026-01-15' }],
    [
      'a period from a month start to a mid-month day',
      { from: '2026-03-01', to: '2026-03-11' },
      { from: '2026-02-19', to: '2026-03-01' },
    ],
    [
      'a period ending on a month start but starting mid-month',
      { from: '2026-02-20', to: '2026-03-01' },
      { from: '2026-02-11', to: '2026-02-20' },
    ],
  ])('shifts %s back by its length in days', (_name, period, expected) => {
    expect(previousPeriod(period)).toEqual(expected);
  });

  it('ends where the period begins and, in days-mode, has the same length', () => {
    const period = { from: '2026-07-10', to: '2026-08-29' };
    const previous = previousPeriod(period);
    expect(previous.to).toBe(period.from);
    // 50 days: 10 back to 30 June, 30 to 31 May, 10 to 21 May.
    expect(previous.from).toBe('2026-05-21');
  });
});

describe('samePeriodLastYear', () => {
  it.each([
    ['a month', { from: '2026-03-01', to: '2026-04-01' }, { from: '2025-03-01', to: '2025-04-01' }],
    ['a quarter', { from: '2025-10-01', to: '2026-01-01' }, { from: '2024-10-01', to: '2025-01-01' }],
    ['10 days', { from: '2026-03-05', to: '2026-03-15' }, { from: '2025-03-05', to: '2025-03-15' }],
    // A leap February: 1 March stays 1 March, so last year's February is whole too.
    ['a leap February', { from: '2024-02-01', to: '2024-03-01' }, { from: '2023-02-01', to: '2023-03-01' }],
    [
      'a February before a leap year',
      { from: '2025-02-01', to: '2025-03-01' },
      { from: '2024-02-01', to: '2024-03-01' },
    ],
    ['from a leap day', { from: '2024-02-29', to: '2024-03-10' }, { from: '2023-02-28', to: '2023-03-10' }],
    ['the leap day alone', { from: '2024-02-29', to: '2024-03-01' }, { from: '2023-02-28', to: '2023-03-01' }],
    // Through 28 February (to = the 29th, exclusive) → through 28 February of a common year.
    ['up to a leap day', { from: '2024-02-20', to: '2024-02-29' }, { from: '2023-02-20', to: '2023-03-01' }],
    ['month ends', { from: '2026-01-31', to: '2026-03-31' }, { from: '2025-01-31', to: '2025-03-31' }],
  ])('moves %s one calendar year back', (_name, period, expected) => {
    expect(samePeriodLastYear(period)).toEqual(expected);
  });
});
