import { monthPeriod } from '@salesdash/shared/domain';
import { cellKey, remaindersOf, sameTarget } from './target-cells';

const YEAR_2028 = { targetId: 't-1', periodStart: '2028-01-01', periodEnd: '2029-01-01', value: '36600' };

describe('remaindersOf', () => {
  it('keeps the days before and after a cut month, each with its share of the row', () => {
    expect(remaindersOf(YEAR_2028, [monthPeriod('2028-02')])).toEqual([
      {
        targetId: 't-1~2028-01-01',
        periodStart: '2028-01-01',
        periodEnd: '2028-02-01',
        sourceValue: '36600',
        days: 31,
        sourceDays: 366,
      },
      {
        targetId: 't-1~2028-03-01',
        periodStart: '2028-03-01',
        periodEnd: '2029-01-01',
        sourceValue: '36600',
        days: 306,
        sourceDays: 366,
      },
    ]);
  });

  it('cuts several months, adjacent ones leaving no part between them', () => {
    const parts = remaindersOf(YEAR_2028, ['2028-06', '2028-01', '2028-07', '2028-12'].map(monthPeriod));
    expect(parts.map((part) => [part.periodStart, part.periodEnd])).toEqual([
      ['2028-02-01', '2028-06-01'],
      ['2028-08-01', '2028-12-01'],
    ]);
    // The parts and the cut months together are the whole year.
    const cutDays = 31 + 30 + 31 + 31;
    expect(parts.reduce((sum, part) => sum + part.days, 0) + cutDays).toBe(366);
  });

  it('leaves nothing of a row inside the cut, and the whole row when the cut misses it', () => {
    const february = { targetId: 'x', periodStart: '2028-02-01', periodEnd: '2028-03-01', value: '10' };
    expect(remaindersOf(february, [monthPeriod('2028-02')])).toEqual([]);
    expect(remaindersOf(february, [monthPeriod('2028-05')])).toEqual([
      {
        targetId: 'x~2028-02-01',
        periodStart: '2028-02-01',
        periodEnd: '2028-03-01',
        sourceValue: '10',
        days: 29,
        sourceDays: 29,
      },
    ]);
  });

  it('names the parts of an earlier part after the original row', () => {
    const part = { targetId: 't-1~2028-03-01', periodStart: '2028-03-01', periodEnd: '2029-01-01', value: '30600' };
    expect(remaindersOf(part, [monthPeriod('2028-03')]).map((piece) => piece.targetId)).toEqual(['t-1~2028-04-01']);
  });
});

describe('cells', () => {
  it('keys a cell by scope, model, KPI and month', () => {
    expect(
      cellKey(
        { businessModel: 'CONSUMER_LOANS', kpi: 'WON_VOLUME' },
        { scopeType: 'REP', scopeId: 'U-7', month: '2027-01' },
      ),
    ).toBe('REP:U-7:CONSUMER_LOANS:WON_VOLUME:2027-01');
  });

  it('compares values to well below a cent', () => {
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(0, null)).toBe(false);
    expect(sameTarget(1000.1, 1000.1 + 1e-12)).toBe(true);
    expect(sameTarget(1000, 1000.01)).toBe(false);
  });
});
