import { TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';
import { OrgAdminApi } from '../data/org-admin-api';
import { FakeOrgAdminApi, text } from '../testing.fixtures';
import { HistoryPanel } from './history-panel';

async function render(api: FakeOrgAdminApi) {
  TestBed.configureTestingModule({ providers: [{ provide: OrgAdminApi, useValue: api }] });
  const fixture = TestBed.createComponent(HistoryPanel);
  fixture.componentRef.setInput('entityType', 'user');
  fixture.componentRef.setInput('entityId', 'U-REX');
  fixture.componentRef.setInput('name', 'Rex Rep');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('HistoryPanel', () => {
  it('lists an entity’s audit entries in words, newest first as the API answers them', async () => {
    const api = new FakeOrgAdminApi();
    api.trail = [
      {
        id: '2',
        occurredAt: '2026-03-02T08:00:00.000Z',
        action: 'user.reset-password',
        actor: { id: 'U-ADA', displayName: 'Ada Admin' },
        reason: null,
        changes: [{ field: 'mustChangePassword', before: 'false', after: 'true' }],
      },
      {
        id: '1',
        occurredAt: '2026-03-01T08:00:00.000Z',
        action: 'user.create',
        actor: { id: 'U-ADA', displayName: 'Ada Admin' },
        reason: null,
        changes: [{ field: 'displayName', before: null, after: 'Rex Rep' }],
      },
    ];
    const element = await render(api);
    expect(api.callsOf('auditTrail')).toEqual([['user', 'U-REX']]);
    expect(text(element.querySelector('h2'))).toBe('History of Rex Rep');
    const entries = [...element.querySelectorAll('[data-testid=history-entry]')];
    expect(entries.map((entry) => [...entry.querySelectorAll('p, li')].map(text))).toEqual([
      ['Ada Admin reset the password', 'Mar 2, 2026, 8:00 AM UTC', 'Must change password: no → yes'],
      ['Ada Admin created the user', 'Mar 1, 2026, 8:00 AM UTC', 'Name: Rex Rep'],
    ]);
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T08:00:00.000Z');
  });

  it('says when nothing was recorded, and when the history cannot be loaded', async () => {
    const empty = await render(new FakeOrgAdminApi());
    expect(text(empty)).toContain('No recorded changes yet.');
    TestBed.resetTestingModule();
    const failing = new FakeOrgAdminApi();
    failing.auditTrail = () => throwError(() => ({ code: 'NETWORK', message: 'offline', issues: [] }));
    const element = await render(failing);
    expect(text(element.querySelector('[role=alert]'))).toBe(
      'The server cannot be reached. Check the connection and try again.',
    );
  });
});
