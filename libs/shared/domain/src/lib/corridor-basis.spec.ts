import { allowedBases, isCorridorBasis, judgedValueOf } from './corridor-basis';
import { KPI_CODES } from './kpi-catalogue';

describe('allowedBases', () => {
  it('allows VALUE for every KPI, per rep-month for counts and sums, share of target where targets are', () => {
    const byBasis = (basis: string) => KPI_CODES.filter((kpi) => allowedBases(kpi).some((b) => b === basis));
    expect(byBasis('VALUE')).toEqual(KPI_CODES);
    expect(byBasis('PER_REP_MONTH')).toEqual(['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'PIPELINE_VALUE', 'ACTIVITIES']);
    expect(byBasis('SHARE_OF_TARGET')).toEqual(['NEW_LEADS', 'WON_DEALS', 'WON_VOLUME', 'ACTIVITIES']);
    expect(allowedBases('WON_VOLUME')).toEqual(['VALUE', 'PER_REP_MONTH', 'SHARE_OF_TARGET']);
  });

  it('knows its names', () => {
    expect(isCorridorBasis('SHARE_OF_TARGET')).toBe(true);
    expect(isCorridorBasis('value')).toBe(false);
  });
});

describe('judgedValueOf', () => {
  const inputs = { value: 30, reps: 3, months: 0.5, targetToDate: 40 };

  it('judges the value, the value per rep-month or the share of the target to date', () => {
    expect(judgedValueOf('VALUE', inputs)).toBe(30);
    expect(judgedValueOf('PER_REP_MONTH', inputs)).toBe(20);
    expect(judgedValueOf('SHARE_OF_TARGET', inputs)).toBe(0.75);
  });

  it('gives none for a missing value, no rep-month, or a missing or zero target to date', () => {
    expect(judgedValueOf('VALUE', { ...inputs, value: null })).toBeNull();
    expect(judgedValueOf('PER_REP_MONTH', { ...inputs, reps: 0 })).toBeNull();
    expect(judgedValueOf('PER_REP_MONTH', { ...inputs, months: 0 })).toBeNull();
    expect(judgedValueOf('SHARE_OF_TARGET', { ...inputs, targetToDate: 0 })).toBeNull();
    expect(judgedValueOf('SHARE_OF_TARGET', { ...inputs, targetToDate: null })).toBeNull();
  });
});
