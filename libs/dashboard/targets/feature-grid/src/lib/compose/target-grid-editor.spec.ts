import { gridOf } from '../testing.fixtures';
import {
  baseCells,
  buildEditor,
  cellId,
  copyFrom,
  distribute,
  fill,
  issuesByCell,
  NO_SELECTION,
  withValues,
} from './target-grid-editor';

const EN = 'en-US';

// A prorated share in February (more than cents) and a TEAM target that replaces the reps' sum.
const GRID = gridOf({
  reps: [
    { scopeType: 'REP', scopeId: 'U-ANA', name: 'Ana Rep', active: true, values: [1000, 3333.3333] },
    { scopeType: 'REP', scopeId: 'U-BEN', name: 'Ben Rep', active: true, values: [null, 500] },
  ],
  team: { scopeType: 'TEAM', scopeId: 'T1', name: 'North 1', active: true, values: [null, 5000] },
  usesTeamTargets: true,
});

describe('buildEditor', () => {
  it('shows stored values (whole cents), the reps’ sums and the team total the KPIs use', () => {
    const view = buildEditor(GRID, new Map(), EN);
    expect(view.reps[0].cells.map((cell) => cell.text)).toEqual(['1000', '3333.33']);
    expect(view.repSums).toEqual([1000, 3833.3333]);
    // February has a TEAM target, which replaces the reps' sum.
    expect(view.teamTotals).toEqual([1000, 5000]);
    expect(view.changes).toEqual([]);
  });

  it('sends only valid edits that change a value, and lists the invalid ones', () => {
    const edits = new Map([
      [cellId('REP', 'U-ANA', '2027-01'), '1000.00'],
      [cellId('REP', 'U-BEN', '2027-01'), '700'],
      [cellId('REP', 'U-BEN', '2027-02'), 'abc'],
      [cellId('TEAM', 'T1', '2027-02'), ''],
    ]);
    const view = buildEditor(GRID, edits, EN);
    expect(view.changes).toEqual([
      { scopeType: 'REP', scopeId: 'U-BEN', month: '2027-01', value: 700 },
      { scopeType: 'TEAM', scopeId: 'T1', month: '2027-02', value: null },
    ]);
    expect(view.invalid.map((cell) => [cell.id, cell.issue])).toEqual([
      ['REP:U-BEN:2027-02', 'must be a number like 12500 or 12,500.50'],
    ]);
    // An invalid edit counts with its stored value until corrected; the cleared team target falls back to the reps.
    expect(view.repSums).toEqual([1700, 3833.3333]);
    expect(view.teamTotals).toEqual([1700, 3833.3333]);
  });

  it('reads the edits and shows the values as the locale writes them', () => {
    const edits = new Map([[cellId('REP', 'U-BEN', '2027-01'), '1.700,5']]);
    const view = buildEditor(GRID, edits, 'de-DE');
    expect(view.reps[0].cells.map((cell) => cell.text)).toEqual(['1000', '3333,33']);
    expect(view.changes).toEqual([{ scopeType: 'REP', scopeId: 'U-BEN', month: '2027-01', value: 1700.5 }]);
    expect([...withValues(new Map(), new Map([['REP:U-BEN:2027-01', 12500.5]]), 'EUR', 'de-DE')]).toEqual([
      ['REP:U-BEN:2027-01', '12500,5'],
    ]);
  });

  it('gives every loaded cell as the save’s base', () => {
    expect(baseCells(GRID)).toHaveLength(6);
    expect(baseCells(GRID)[1]).toEqual({ scopeType: 'REP', scopeId: 'U-ANA', month: '2027-02', value: 3333.3333 });
  });
});

describe('tools', () => {
  it('distributes a total over the selected reps, evenly or by share', () => {
    const january = { reps: new Set<string>(), months: new Set(['2027-01']) };
    expect([...distribute(GRID, january, 1000.01, null)]).toEqual([
      ['REP:U-ANA:2027-01', 500.01],
      ['REP:U-BEN:2027-01', 500],
    ]);
    expect([
      ...distribute(
        GRID,
        january,
        900,
        new Map([
          ['U-ANA', 2],
          ['U-BEN', 1],
        ]),
      ),
    ]).toEqual([
      ['REP:U-ANA:2027-01', 600],
      ['REP:U-BEN:2027-01', 300],
    ]);
  });

  it('fills a selection and copies from other months', () => {
    const ben = { reps: new Set(['U-BEN']), months: new Set<string>() };
    expect([...fill(GRID, ben, 42)]).toEqual([
      ['REP:U-BEN:2027-01', 42],
      ['REP:U-BEN:2027-02', 42],
    ]);
    const source = new Map([['U-ANA', new Map([['2026-12', 900]])]]);
    const previous = (month: string) => (month === '2027-01' ? '2026-12' : '2027-01');
    expect([...copyFrom(GRID, { reps: new Set(['U-ANA']), months: new Set(['2027-01']) }, source, previous)]).toEqual([
      ['REP:U-ANA:2027-01', 900],
    ]);
    const edits = withValues(new Map(), fill(GRID, NO_SELECTION, null), 'EUR', EN);
    expect(buildEditor(GRID, edits, EN).changes).toHaveLength(3);
  });

  it('places the API’s refusals on the cells that were sent', () => {
    const sent = [{ scopeType: 'REP' as const, scopeId: 'U-BEN', month: '2027-01', value: 1 }];
    expect(
      issuesByCell(sent, [
        { field: 'input.changes[0].value', message: 'must be 0 or more' },
        { field: 'input.reason', message: 'too long' },
      ]),
    ).toEqual({ byCell: new Map([['REP:U-BEN:2027-01', 'must be 0 or more']]), other: ['input.reason: too long'] });
  });
});
