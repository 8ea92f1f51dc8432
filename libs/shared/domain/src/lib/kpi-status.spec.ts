import fc from 'fast-check';
import { bandContains, type CorridorBands, kpiStatus } from './kpi-status';

const twoSided: CorridorBands = {
  acceptable: { min: 10, max: 35 },
  tolerated: { min: 5, max: 45 },
  minSampleSize: 3,
};

describe('kpiStatus', () => {
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

  it('treats open sides as unbounded', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(bandContains({}, value)).toBe(true);
        expect(bandContains({ min: null, max: null }, value)).toBe(true);
      }),
    );
  });
});
