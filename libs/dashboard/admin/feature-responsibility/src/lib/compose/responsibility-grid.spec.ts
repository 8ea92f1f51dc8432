import { change, matrixOf } from '../testing.fixtures';
import { buildGrid, cellKey, type GridCell, pendingChanges, placeIssues, togglePending } from './responsibility-grid';

const MATRIX = matrixOf((role, kpi) => role === 'MARKETING' && ['NEW_LEADS', 'CSAT'].includes(kpi), [change()]);

function cellOf(pending: ReadonlyMap<string, boolean>, role: string, kpi: string): GridCell {
  const cell = buildGrid(MATRIX, pending)
    .groups.flatMap((group) => group.rows.flatMap((row) => row.cells))
    .find((c) => c.role === role && c.kpi === kpi);
  if (!cell) {
    throw new Error(`no cell ${role}:${kpi}`);
  }
  return cell;
}

describe('buildGrid', () => {
  it('groups the KPIs by journey stage, the customer voice last, with roles as columns, ADMIN fixed', () => {
    const grid = buildGrid(MATRIX, new Map());
    expect(grid.columns.map((column) => [column.name, column.fixed])).toEqual([
      ['Administrator', true],
      ['Management', false],
      ['Controlling', false],
      ['Marketing', false],
      ['Sales manager', false],
      ['Sales rep', false],
    ]);
    expect(grid.groups.map((group) => [group.title, group.rows.length])).toEqual([
      ['Suspect', 1],
      ['Prospect', 1],
      ['Opportunity', 2],
      ['Won', 5],
      ['Onboarded', 1],
      ['Paid out', 2],
      ['Customer voice & activity', 6],
    ]);
    expect(grid.groups[0].rows[0]).toMatchObject({ code: 'NEW_LEADS', name: 'New leads' });
    expect(cellOf(new Map(), 'MARKETING', 'CSAT')).toMatchObject({
      key: 'MARKETING:CSAT',
      roleName: 'Marketing',
      kpiName: 'Customer satisfaction',
      saved: true,
      granted: true,
      pending: false,
      fixed: false,
      lastChange: change(),
    });
  });

  it('shows a pending change in place of the stored state', () => {
    const cell = cellOf(new Map([['MARKETING:CSAT', false]]), 'MARKETING', 'CSAT');
    expect(cell).toMatchObject({ saved: true, granted: false, pending: true });
  });
});

describe('togglePending', () => {
  it('collects a flipped cell and forgets it when flipped back', () => {
    const once = togglePending(new Map(), cellOf(new Map(), 'SALES_REP', 'DEFAULT_RATE'));
    expect([...once]).toEqual([['SALES_REP:DEFAULT_RATE', true]]);
    const back = togglePending(once, cellOf(once, 'SALES_REP', 'DEFAULT_RATE'));
    expect(back.size).toBe(0);
  });

  it('never changes the fixed ADMIN cells', () => {
    const pending = new Map();
    expect(togglePending(pending, cellOf(pending, 'ADMIN', 'CSAT'))).toBe(pending);
  });
});

describe('pendingChanges', () => {
  it('lists the pending cells in grid order, as the API takes them', () => {
    const pending = new Map([
      [cellKey('SALES_REP', 'CSAT'), false],
      [cellKey('MARKETING', 'NEW_LEADS'), false],
      [cellKey('MANAGEMENT', 'CSAT'), false],
    ]);
    expect(pendingChanges(buildGrid(MATRIX, pending))).toEqual([
      { role: 'MARKETING', kpi: 'NEW_LEADS', granted: false },
      { role: 'MANAGEMENT', kpi: 'CSAT', granted: false },
      { role: 'SALES_REP', kpi: 'CSAT', granted: false },
    ]);
  });
});

describe('placeIssues', () => {
  it('puts each issue at its cell, the reason or the request', () => {
    const sent = [
      { role: 'MARKETING' as const, kpi: 'NEW_LEADS', granted: false },
      { role: 'SALES_REP' as const, kpi: 'CSAT', granted: true },
    ];
    const placed = placeIssues(
      [
        { field: 'reason', message: 'give a reason' },
        { field: 'changes[1].granted', message: 'SALES_REP already sees CSAT' },
        { field: 'changes', message: 'name at least one change' },
        { field: 'changes[7].kpi', message: 'unknown KPI' },
      ],
      sent,
    );
    expect(placed.reason).toBe('give a reason');
    expect([...placed.byCell]).toEqual([['SALES_REP:CSAT', 'SALES_REP already sees CSAT']]);
    expect(placed.general).toEqual(['name at least one change', 'unknown KPI']);
  });
});
