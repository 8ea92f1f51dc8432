import { auditChanges } from './audit-changes';

describe('auditChanges', () => {
  it('lists only the fields that changed, values as text', () => {
    expect(
      auditChanges(
        { email: 'a@x.test', role: 'SALES_REP', teamId: 'T1' },
        { email: 'a@x.test', role: 'SALES_MANAGER', teamId: null },
      ),
    ).toEqual([
      { field: 'role', before: 'SALES_REP', after: 'SALES_MANAGER' },
      { field: 'teamId', before: 'T1', after: null },
    ]);
  });

  it('shows a creation as every field it set and a deletion as every field it removed', () => {
    expect(auditChanges(null, { name: 'North', managerUserId: null })).toEqual([
      { field: 'name', before: null, after: 'North' },
    ]);
    expect(auditChanges({ name: 'North' }, null)).toEqual([{ field: 'name', before: 'North', after: null }]);
  });

  it('writes booleans and numbers as JSON', () => {
    expect(auditChanges({ active: true }, { active: false })).toEqual([
      { field: 'active', before: 'true', after: 'false' },
    ]);
  });

  it('answers nothing for identical or non-object snapshots', () => {
    expect(auditChanges({ name: 'A' }, { name: 'A' })).toEqual([]);
    expect(auditChanges('text', [1, 2])).toEqual([]);
  });
});
