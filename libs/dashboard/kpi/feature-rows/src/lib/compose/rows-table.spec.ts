import { measureText, outcomeText, pageRange, rowCells, rowsColumns } from './rows-table';

describe('rowsColumns', () => {
  const keys = (shape: Parameters<typeof rowsColumns>[0]) => rowsColumns(shape).map((column) => column.key);

  it('shows a deal KPI’s deals with their latest stage, source and amount, and the outcome of a rate', () => {
    expect(
      keys({ kpi: 'LEAD_CONVERSION_RATE', kind: 'DEAL', measure: null, amountsHidden: false, hasOutcomes: true }),
    ).toEqual(['deal', 'customer', 'rep', 'at', 'stage', 'touchpoint', 'amount', 'outcome']);
  });

  it('shows the measure of a mean where it starts, and no stage for stage events (the KPI names it)', () => {
    const columns = rowsColumns({
      kpi: 'ONBOARDING_DAYS',
      kind: 'STAGE_EVENT',
      measure: 'DAYS',
      amountsHidden: false,
      hasOutcomes: false,
    });
    expect(columns.map((column) => column.key)).toEqual([
      'deal',
      'customer',
      'rep',
      'at',
      'touchpoint',
      'amount',
      'measure',
    ]);
    expect(columns.find((column) => column.key === 'measure')).toEqual({
      key: 'measure',
      label: 'Days from won',
      numeric: true,
      sort: 'MEASURE',
    });
  });

  it('leaves out amounts a role may not see, and shows feedback with its comment', () => {
    expect(
      keys({ kpi: 'NEW_LEADS', kind: 'DEAL', measure: null, amountsHidden: true, hasOutcomes: false }),
    ).not.toContain('amount');
    expect(
      keys({ kpi: 'RECOVERY_RATE', kind: 'FEEDBACK', measure: 'CSAT', amountsHidden: false, hasOutcomes: true }),
    ).toEqual(['deal', 'rep', 'at', 'stage', 'touchpoint', 'measure', 'outcome', 'comment']);
  });
});

describe('rowCells', () => {
  it('writes a row as people read it', () => {
    const cells = rowCells(
      {
        rowId: 'F-1',
        dealId: 'D-1',
        customerId: 'C-1',
        repName: 'Ann',
        teamName: 'North 1',
        at: '2026-03-02T10:00:00.000Z',
        stage: 'ONBOARDED',
        touchpoint: 'PHONE',
        amount: 1234.5,
        measure: 2,
        outcome: 'RECOVERED',
        outcomeAt: '2026-03-09T10:00:00.000Z',
        comment: 'slow',
      },
      'CSAT',
    );
    expect({ ...cells, at: cells.at.replace(/\s/g, ' '), outcome: cells.outcome.replace(/\s/g, ' ') }).toEqual({
      deal: 'D-1',
      customer: 'C-1',
      rep: 'Ann (North 1)',
      at: 'Mar 2, 2026, 10:00 AM UTC',
      stage: 'Onboarded',
      touchpoint: 'Phone',
      amount: '€1,235',
      measure: '2 / 5',
      outcome: 'Recovered on Mar 9, 2026, 10:00 AM UTC',
      comment: 'slow',
    });
  });

  it('writes durations to a tenth and says when nothing is there', () => {
    expect(measureText(12.345, 'DAYS')).toBe('12.3 days');
    expect(measureText(0.5, 'HOURS')).toBe('0.5 h');
    expect(measureText(null, 'DAYS')).toBe('—');
    expect(outcomeText('NOT_CONVERTED', null)).toBe('No opportunity (yet)');
    expect(outcomeText(null, null)).toBe('');
  });
});

describe('pageRange', () => {
  it('numbers the rows of a page from 1', () => {
    expect(pageRange(50, 50)).toEqual({ first: 51, last: 100 });
    expect(pageRange(0, 0)).toBeNull();
  });
});
