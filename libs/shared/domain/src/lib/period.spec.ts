import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  exceedsMaxPeriod,
  isIsoDate,
  overlapDays,
  PERIOD_PRESETS,
  presetPeriod,
  RUNNING_PRESETS,
  toEpochDay,
  trailingMonths,
} from './period';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['0099-12-31', false],
  ])('%s is a date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('reads every date as the Date of its UTC midnight does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const viaDate = new Date(Date.UTC(y, m - 1, d));
          const valid = viaDate.getUTCFullYear() === y && viaDate.getUTCMonth() === m - 1 && viaDate.getUTCDate() === d;
          expect(isIsoDate(text)).toBe(valid);
          if (valid) {
            expect(toEpochDay(text)).toBe(viaDate.getTime() / 86_400_000);
          }
        },
      ),
    );
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('adds and counts days consistently', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('period presets', () => {
  it.each([
    ['THIS_MONTH', { from: '2026-11-01', to: '2026-12-01' }],
    ['THIS_QUARTER', { from: '2026-10-01', to: '2027-01-01' }],
    ['YEAR_TO_DATE', { from: '2026-01-01', to: '2026-11-24' }],
    ['LAST_MONTH', { from: '2026-10-01', to: '2026-11-01' }],
    ['LAST_QUARTER', { from: '2026-07-01', to: '2026-10-01' }],
    ['LAST_12_MONTHS', { from: '2025-11-01', to: '2026-11-01' }],
  ] as const)('%s on 2026-11-23', (preset, expected) => {
    expect(presetPeriod(preset, '2026-11-23')).toEqual(expected);
  });

  it('crosses the year in January', () => {
    expect(presetPeriod('LAST_QUARTER', '2027-01-05')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(presetPeriod('LAST_MONTH', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('holds today in the running presets and ends before today in the others', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...PERIOD_PRESETS), (today, preset) => {
        const period = presetPeriod(preset, today);
        if (RUNNING_PRESETS.includes(preset)) {
          expect(period.from <= today && today < period.to).toBe(true);
        } else {
          expect(period.to <= today).toBe(true);
          expect(period.from < period.to).toBe(true);
        }
      }),
    );
  });
});

describe('trailing months', () => {
  it('ends with the month holding the last day of the period', () => {
    const months = trailingMonths('2026-04-01', 3);
    expect(months).toEqual([
      { from: '2026-01-01', to: '2026-02-01' },
      { from: '2026-02-01', to: '2026-03-01' },
      { from: '2026-03-01', to: '2026-04-01' },
    ]);
    expect(trailingMonths('2026-04-15', 1)).toEqual([{ from: '2026-04-01', to: '2026-05-01' }]);
  });
});

describe('period limits', () => {
  it('allows exactly 5 years and refuses a day more', () => {
    expect(exceedsMaxPeriod({ from: '2021-03-01', to: '2026-03-01' })).toBe(false);
    expect(exceedsMaxPeriod({ from: '2021-03-01', to: '2026-03-02' })).toBe(true);
  });

  it('counts overlap days of half-open ranges', () => {
    expect(overlapDays({ from: '2026-03-01', to: '2026-04-01' }, { from: '2026-03-21', to: '2026-04-21' })).toBe(11);
    expect(overlapDays({ from: '2026-03-01', to: '2026-03-21' }, { from: '2026-03-21', to: '2026-04-21' })).toBe(0);
  });
});
