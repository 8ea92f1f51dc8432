import { elapsedMonths, forecastOf, paceOf, periodProgress } from './running-period';

const DECEMBER = { from: '2026-12-01', to: '2027-01-01' };

describe('periodProgress', () => {
  it('is not started up to and including the first instant, running inside, ended from `to` on', () => {
    expect(periodProgress(DECEMBER, new Date('2026-11-30T12:00:00Z'))).toMatchObject({
      phase: 'NOT_STARTED',
      elapsedDays: 0,
    });
    expect(periodProgress(DECEMBER, new Date('2026-12-01T00:00:00Z')).phase).toBe('NOT_STARTED');
    expect(periodProgress(DECEMBER, new Date('2026-12-04T18:00:00Z'))).toEqual({
      phase: 'RUNNING',
      days: 31,
      elapsedDays: 3.75,
      elapsedEnd: Date.parse('2026-12-04T18:00:00Z'),
    });
    expect(periodProgress(DECEMBER, new Date('2027-01-01T00:00:00Z'))).toMatchObject({
      phase: 'ENDED',
      elapsedDays: 31,
    });
  });
});

describe('elapsedMonths', () => {
  it('counts whole months as 1 and the elapsed part of a month by its own length', () => {
    const quarter = { from: '2026-10-01', to: '2027-01-01' };
    expect(elapsedMonths(quarter, new Date('2027-02-01T00:00:00Z'))).toBe(3);
    expect(elapsedMonths(quarter, new Date('2026-12-16T12:00:00Z'))).toBeCloseTo(2 + 15.5 / 31, 12);
    expect(elapsedMonths({ from: '2026-11-01', to: '2026-12-01' }, new Date('2026-11-16T00:00:00Z'))).toBe(0.5);
  });

  it('counts a period starting inside a month by the days it covers', () => {
    expect(elapsedMonths({ from: '2026-11-16', to: '2026-12-16' }, new Date('2027-01-01T00:00:00Z'))).toBeCloseTo(
      15 / 30 + 15 / 31,
      12,
    );
  });

  it('counts a leap February as one month, and half of it as 14.5 of 29 days', () => {
    const february = { from: '2028-02-01', to: '2028-03-01' };
    expect(elapsedMonths(february, new Date('2028-03-05T00:00:00Z'))).toBe(1);
    expect(elapsedMonths(february, new Date('2028-02-15T12:00:00Z'))).toBe(0.5);
    expect(elapsedMonths({ from: '2027-02-01', to: '2027-03-01' }, new Date('2027-02-15T00:00:00Z'))).toBe(0.5);
  });

  it('is 0 before the period starts', () => {
    expect(elapsedMonths(DECEMBER, new Date('2026-11-01T00:00:00Z'))).toBe(0);
  });
});

describe('forecastOf', () => {
  const running = periodProgress(DECEMBER, new Date('2026-12-04T18:00:00Z'));

  it('runs the rate so far to the end of the period for the KPIs that add up over time', () => {
    expect(forecastOf('WON_VOLUME', 375, running)).toBeCloseTo((375 * 31) / 3.75, 9);
    expect(forecastOf('NEW_LEADS', 0, running)).toBe(0);
  });

  it('is the value of an ended period and none before it starts or for other KPIs', () => {
    expect(forecastOf('WON_DEALS', 12, periodProgress(DECEMBER, new Date('2027-03-01T00:00:00Z')))).toBe(12);
    expect(forecastOf('ACTIVITIES', 0, periodProgress(DECEMBER, new Date('2026-11-01T00:00:00Z')))).toBeNull();
    expect(forecastOf('PIPELINE_VALUE', 100, running)).toBeNull();
    expect(forecastOf('WIN_RATE', 0.4, running)).toBeNull();
  });
});

describe('paceOf', () => {
  const at = (instant: string) => periodProgress(DECEMBER, new Date(instant));
  const late = at('2026-12-20T00:00:00Z');

  it.each([
    [100, 100, 'ON_TRACK'],
    [150, 100, 'ON_TRACK'],
    [99.999, 100, 'BEHIND'],
    [80, 100, 'BEHIND'],
    [79.999, 100, 'AT_RISK'],
    [0, 100, 'AT_RISK'],
  ] as const)('%s against a target to date of %s is %s', (value, target, pace) => {
    expect(paceOf(value, target, late)).toBe(pace);
  });

  it('is too early before 20 % of the period has elapsed and judged from exactly 20 % on', () => {
    const fifth = Date.parse(DECEMBER.from + 'T00:00:00Z') + 0.2 * 31 * 86_400_000;
    expect(paceOf(0, 100, periodProgress(DECEMBER, new Date(fifth - 1)))).toBe('TOO_EARLY');
    expect(paceOf(0, 100, periodProgress(DECEMBER, new Date(fifth)))).toBe('AT_RISK');
    expect(paceOf(100, 100, at('2026-11-15T00:00:00Z'))).toBe('TOO_EARLY');
  });

  it('gives the final verdict of an ended period', () => {
    expect(paceOf(85, 100, at('2027-01-10T00:00:00Z'))).toBe('BEHIND');
  });

  it('has none without a target to date, or with a zero one once it is not too early', () => {
    expect(paceOf(10, null, late)).toBeNull();
    expect(paceOf(10, 0, late)).toBeNull();
    expect(paceOf(10, 0, at('2026-12-02T00:00:00Z'))).toBe('TOO_EARLY');
  });
});
