import { comparisonPeriods } from './kpi-change';

describe('comparisonPeriods', () => {
  it('compares an ended month with the month before and the same month a year earlier', () => {
    expect(comparisonPeriods({ from: '2026-11-01', to: '2026-12-01' }, new Date('2026-12-05T10:00:00Z'))).toEqual({
      previous: { from: '2026-10-01', to: '2026-11-01' },
      lastYear: { from: '2025-11-01', to: '2025-12-01' },
    });
  });

  it('compares a running month like for like: its days up to asOf’s day against as many days', () => {
    expect(comparisonPeriods({ from: '2026-12-01', to: '2027-01-01' }, new Date('2026-12-05T10:00:00Z'))).toEqual({
      previous: { from: '2026-11-01', to: '2026-11-06' },
      lastYear: { from: '2025-12-01', to: '2025-12-06' },
    });
  });

  it('never lets the cut run past the comparison period’s own end (31 days of March against February)', () => {
    expect(comparisonPeriods({ from: '2026-03-01', to: '2026-04-01' }, new Date('2026-03-31T23:00:00Z'))).toEqual({
      previous: { from: '2026-02-01', to: '2026-03-01' },
      lastYear: { from: '2025-03-01', to: '2025-04-01' },
    });
  });

  it('compares a period that has not started in full (it has nothing of its own yet)', () => {
    expect(comparisonPeriods({ from: '2027-01-01', to: '2027-02-01' }, new Date('2026-12-05T10:00:00Z'))).toEqual({
      previous: { from: '2026-12-01', to: '2027-01-01' },
      lastYear: { from: '2026-01-01', to: '2026-02-01' },
    });
  });

  it('shifts a period of arbitrary days by its length', () => {
    expect(comparisonPeriods({ from: '2026-06-10', to: '2026-06-20' }, new Date('2026-12-05T00:00:00Z'))).toEqual({
      previous: { from: '2026-05-31', to: '2026-06-10' },
      lastYear: { from: '2025-06-10', to: '2025-06-20' },
    });
  });
});
