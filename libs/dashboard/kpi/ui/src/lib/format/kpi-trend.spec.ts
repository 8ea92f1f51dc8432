import { type TrendMonth, trendPoints } from './kpi-trend';

function month(from: string, more: Partial<TrendMonth> = {}): TrendMonth {
  return {
    from,
    value: 1_500_000,
    status: 'ACCEPTABLE',
    policyVersion: 2,
    basis: 'SHARE_OF_TARGET',
    judgedValue: 1.05,
    targetToDate: 1_428_571,
    reps: 36,
    months: 1,
    ...more,
  };
}

describe('trendPoints', () => {
  it('plots the value with its month, status and corridor version on VALUE or without a corridor', () => {
    const months = [month('2026-11-01', { basis: 'VALUE', judgedValue: 1_500_000 })];
    expect(trendPoints(months, 'VALUE', 'WON_VOLUME')).toEqual([
      { label: 'Nov 2026', value: 1_500_000, status: 'ACCEPTABLE', policyVersion: 2, partial: false },
    ]);
    const unjudged = [month('2026-11-01', { basis: null, judgedValue: null, policyVersion: null, status: 'NO_RANGE' })];
    expect(trendPoints(unjudged, null, 'WON_VOLUME')[0]).toMatchObject({ value: 1_500_000, policyVersion: null });
  });

  it('plots what the corridor judges, so a running month sits among the finished ones', () => {
    const months = [
      month('2026-11-01'),
      month('2026-12-01', { value: 193_600, judgedValue: 0.92, targetToDate: 209_511, months: 0.13, partial: true }),
    ];
    expect(trendPoints(months, 'SHARE_OF_TARGET', 'WON_VOLUME')).toEqual([
      { label: 'Nov 2026', value: 1.05, status: 'ACCEPTABLE', policyVersion: 2, partial: false },
      { label: 'Dec 2026', value: 0.92, status: 'ACCEPTABLE', policyVersion: 2, partial: true },
    ]);
  });

  it('puts a month judged on another basis on this one, without its band', () => {
    const older = month('2026-01-01', { basis: 'VALUE', judgedValue: 1_500_000, policyVersion: 1, reps: 30 });
    const [point] = trendPoints([older], 'PER_REP_MONTH', 'WON_VOLUME');
    expect(point.value).toBeCloseTo(50_000, 6);
    expect(point.policyVersion).toBeNull();
    const [noTarget] = trendPoints([{ ...older, targetToDate: null }], 'SHARE_OF_TARGET', 'WON_VOLUME');
    expect(noTarget.value).toBeNull();
  });

  it('plots a running month of quota attainment at the rate so far, never as a plunge', () => {
    const month = (from: string, value: number, months: number, partial: boolean): TrendMonth => ({
      from,
      value,
      status: 'NO_RANGE',
      policyVersion: null,
      basis: null,
      judgedValue: null,
      targetToDate: null,
      reps: 1,
      months,
      partial,
    });
    // 12 % of December's target won when 12.5 % of December has passed: on course for 96 %.
    const points = trendPoints(
      [month('2026-11-01', 1.02, 1, false), month('2026-12-01', 0.12, 0.125, true)],
      null,
      'QUOTA_ATTAINMENT',
    );
    expect(points.map((point) => point.value)).toEqual([1.02, 0.96]);
    expect(trendPoints([month('2026-12-01', 0.12, 0.125, true)], null, 'WIN_RATE')[0].value).toBe(0.12);
  });
});
