import { auditEntryInWords } from './audit-words';
import type { AuditEntryDto } from './org-admin.models';

function entry(overrides: Partial<AuditEntryDto>): AuditEntryDto {
  return {
    id: '7',
    occurredAt: '2026-03-01T09:30:00.000Z',
    action: 'user.update',
    actor: { id: 'U-1', displayName: 'Ada Admin' },
    reason: null,
    changes: [],
    ...overrides,
  };
}

describe('auditEntryInWords', () => {
  it('says who did what, when (UTC), and each change with role names', () => {
    expect(
      auditEntryInWords(
        entry({
          changes: [
            { field: 'role', before: 'SALES_REP', after: 'SALES_MANAGER' },
            { field: 'teamId', before: 'T-1', after: null },
            { field: 'email', before: null, after: 'a@x.test' },
          ],
        }),
      ),
    ).toEqual({
      id: '7',
      at: '2026-03-01T09:30:00.000Z',
      when: 'Mar 1, 2026, 9:30 AM UTC',
      summary: 'Ada Admin changed the user',
      changes: ['Role: Sales rep → Sales manager', 'Team: T-1 (removed)', 'E-mail: a@x.test'],
      reason: null,
    });
  });

  it('words booleans, the reason, the system as actor and actions it does not know', () => {
    const deactivated = auditEntryInWords(
      entry({
        action: 'user.deactivate',
        reason: 'left the company',
        changes: [{ field: 'active', before: 'true', after: 'false' }],
      }),
    );
    expect(deactivated.summary).toBe('Ada Admin deactivated the user');
    expect(deactivated.changes).toEqual(['Active: yes → no']);
    expect(deactivated.reason).toBe('Reason: left the company');
    expect(auditEntryInWords(entry({ action: 'import.bundle', actor: null })).summary).toBe(
      'The system: import.bundle',
    );
    expect(auditEntryInWords(entry({ action: 'user.reset-password' })).summary).toBe('Ada Admin reset the password');
  });
});
