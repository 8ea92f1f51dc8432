import fc from 'fast-check';
import { bandContains, type CorridorBands, judgeKpi, type JudgeInputs, valueInputs } from './kpi-status';

const twoSided: CorridorBands = {
  acceptable: { min: 10, max: 35 },
  tolerated: { min: 5, max: 45 },
  minSampleSize: 3,
};

const kpiStatus = (value: number | null, sampleSize: number, corridor: CorridorBands | undefined) =>
  judgeKpi(valueInputs(value, sampleSize), corridor).status;

describe('judgeKpi on the value', () => {
  it.each([
    [null, 10, twoSided, 'NO_DATA'],
    [12, 10, undefined, 'NO_RANGE'],
    [null, 10, undefined, 'NO_DATA'],
    [12, 2, twoSided, 'INSUFFICIENT_DATA'],
    [10, 3, twoSided, 'ACCEPTABLE'],
    [35, 3, twoSided, 'ACCEPTABLE'],
    [9.999, 3, twoSided, 'TOLERATED'],
    [5, 3, twoSided, 'TOLERATED'],
    [45, 3, twoSided, 'TOLERATED'],
    [4.999, 3, twoSided, 'UNACCEPTABLE'],
    [45.001, 3, twoSided, 'UNACCEPTABLE'],
  ] as const)('value %s with n=%s is %s', (value, sampleSize, corridor, expected) => {
    expect(kpiStatus(value, sampleSize, corridor)).toBe(expected);
  });

  it('treats a missing minSampleSize as 1', () => {
    const corridor: CorridorBands = { acceptable: { max: 0.005 }, tolerated: { max: 0.01 } };
    expect(kpiStatus(0, 0, corridor)).toBe('INSUFFICIENT_DATA');
    expect(kpiStatus(0, 1, corridor)).toBe('ACCEPTABLE');
  });

  it('answers the basis and the judged value only where a corridor is in force', () => {
    expect(judgeKpi(valueInputs(12, 10), undefined)).toEqual({ status: 'NO_RANGE', basis: null, judgedValue: null });
    expect(judgeKpi(valueInputs(12, 10), twoSided)).toEqual({ status: 'ACCEPTABLE', basis: 'VALUE', judgedValue: 12 });
    expect(judgeKpi(valueInputs(null, 0), twoSided)).toEqual({ status: 'NO_DATA', basis: 'VALUE', judgedValue: null });
  });

  it('treats open sides as unbounded', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(bandContains({}, value)).toBe(true);
        expect(bandContains({ min: null, max: null }, value)).toBe(true);
      }),
    );
  });
});

describe('judgeKpi per rep and month (§5.1)', () => {
  // Activities: acceptable ≥ 20 per rep-month, tolerated ≥ 15; a sample minimum that must not apply.
  const perRepMonth: CorridorBands = {
    acceptable: { min: 20 },
    tolerated: { min: 15 },
    minSampleSize: 5,
    basis: 'PER_REP_MONTH',
  };
  const activities = (value: number, reps: number, months: number): JudgeInputs => ({
    value,
    sampleSize: value,
    reps,
    months,
    targetToDate: null,
  });

  it.each([
    [120, 3, 2, 20, 'ACCEPTABLE'],
    [119.99, 3, 2, 19.998333333333335, 'TOLERATED'],
    [90, 3, 2, 15, 'TOLERATED'],
    [89.99, 3, 2, 14.998333333333333, 'UNACCEPTABLE'],
    [10, 1, 0.5, 20, 'ACCEPTABLE'],
  ] as const)('%s activities of %s reps over %s months judge %s: %s', (value, reps, months, judged, status) => {
    const judgement = judgeKpi(activities(value, reps, months), perRepMonth);
    expect(judgement.status).toBe(status);
    expect(judgement.judgedValue).toBeCloseTo(judged, 12);
  });

  it('judges a zero count as a fact, never as too few data', () => {
    expect(judgeKpi(activities(0, 4, 1), perRepMonth)).toEqual({
      status: 'UNACCEPTABLE',
      basis: 'PER_REP_MONTH',
      judgedValue: 0,
    });
  });

  it('has no range without a rep or an elapsed month', () => {
    expect(judgeKpi(activities(10, 0, 1), perRepMonth).status).toBe('NO_RANGE');
    expect(judgeKpi(activities(10, 3, 0), perRepMonth).status).toBe('NO_RANGE');
  });
});

describe('judgeKpi as a share of the target to date (§5.1)', () => {
  const shareOfTarget: CorridorBands = {
    acceptable: { min: 1 },
    tolerated: { min: 0.8 },
    minSampleSize: 10,
    basis: 'SHARE_OF_TARGET',
  };
  const wonVolume = (value: number, targetToDate: number | null): JudgeInputs => ({
    value,
    sampleSize: value > 0 ? 1 : 0,
    reps: 6,
    months: 0.1,
    targetToDate,
  });

  it.each([
    [1000, 1000, 'ACCEPTABLE'],
    [999.99, 1000, 'TOLERATED'],
    [800, 1000, 'TOLERATED'],
    [799.99, 1000, 'UNACCEPTABLE'],
    [0, 1000, 'UNACCEPTABLE'],
  ] as const)('won %s of a target to date of %s is %s', (value, target, status) => {
    const judgement = judgeKpi(wonVolume(value, target), shareOfTarget);
    expect(judgement).toEqual({ status, basis: 'SHARE_OF_TARGET', judgedValue: value / target });
  });

  it.each([null, 0])('has no range with a target to date of %s', (target) => {
    expect(judgeKpi(wonVolume(500, target), shareOfTarget)).toEqual({
      status: 'NO_RANGE',
      basis: 'SHARE_OF_TARGET',
      judgedValue: null,
    });
  });

  it('keeps NO_DATA first, then NO_RANGE, before any band', () => {
    expect(judgeKpi({ ...wonVolume(0, 0), value: null }, shareOfTarget).status).toBe('NO_DATA');
    expect(judgeKpi(wonVolume(0, null), shareOfTarget).status).toBe('NO_RANGE');
  });
});
