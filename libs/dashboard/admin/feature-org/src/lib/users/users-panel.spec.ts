import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { OrgAdminApi } from '../data/org-admin-api';
import { FakeOrgAdminApi, text, user, USERS } from '../testing.fixtures';
import { UsersPanel } from './users-panel';

async function render(api = new FakeOrgAdminApi()) {
  TestBed.configureTestingModule({ providers: [{ provide: OrgAdminApi, useValue: api }] });
  const fixture = TestBed.createComponent(UsersPanel);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const click = async (selector: string) => {
    const target = element.querySelector<HTMLElement>(selector);
    if (!target) {
      throw new Error(`nothing matches ${selector}`);
    }
    target.click();
    await stable();
  };
  const type = async (selector: string, value: string, eventName = 'input') => {
    const field = element.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
    if (!field) {
      throw new Error(`nothing matches ${selector}`);
    }
    field.value = value;
    field.dispatchEvent(new Event(eventName));
    await stable();
  };
  return { api, element, click, type, stable };
}

function button(element: HTMLElement, label: string): HTMLButtonElement {
  const found = [...element.querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) {
    throw new Error(`no button ${label}`);
  }
  return found;
}

describe('UsersPanel', () => {
  it('lists the users with their status in words and how many there are', async () => {
    const { element } = await render();
    expect(text(element.querySelector('[data-testid=users-count]'))).toBe('Showing 5 of 5 users');
    const badges = (id: string) =>
      [...element.querySelectorAll(`tr[data-user=${id}] [data-badge]`)].map((badge) => text(badge));
    expect(badges('U-REX')).toEqual(['Active', 'No password yet']);
    expect(badges('U-SUE')).toEqual(['Active', 'Must change password']);
    expect(badges('U-MAX')).toEqual(['Deactivated']);
    expect(text(element.querySelector('tr[data-user=U-REX] th'))).toBe('Rex Rep u-rex@x.test · U-REX');
    expect(element.querySelector('tr[data-user=U-MAX] [data-action=reactivate]')).not.toBeNull();
    expect(element.querySelector('tr[data-user=U-REX] [data-action=deactivate]')?.getAttribute('aria-label')).toBe(
      'Deactivate: Rex Rep',
    );
  });

  it('asks the API again for each filter, and searches on Enter without waiting', async () => {
    const { api, element, type, stable } = await render();
    await type('select[name=role]', 'SALES_MANAGER', 'change');
    await type('select[name=status]', 'deactivated', 'change');
    await type('select[name=team]', 'T-N1', 'change');
    await type('input[name=search]', '  mia ');
    element.querySelector('form[role=search]')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(api.callsOf('users').at(-1)).toEqual([
      { search: 'mia', role: 'SALES_MANAGER', teamId: 'T-N1', active: false },
      100,
    ]);
  });

  it('searches by itself after a pause in typing', async () => {
    const { api, type, stable } = await render();
    await type('input[name=search]', 'rex');
    expect(api.callsOf('users')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stable();
    expect(api.callsOf('users').at(-1)?.[0]).toMatchObject({ search: 'rex' });
  });

  it('offers more when the page holds fewer users than match', async () => {
    const api = new FakeOrgAdminApi();
    api.answerUsers = (_filter, _first, offset) =>
      of({ totalCount: 7, users: offset === 0 ? USERS : [user('U-ZOE'), user('U-ZED')] });
    const { element, stable } = await render(api);
    expect(text(element.querySelector('[data-testid=users-count]'))).toBe('Showing 5 of 7 users');
    button(element, 'Show more').click();
    await stable();
    expect(api.callsOf('users').at(-1)).toEqual([{ search: null, role: null, teamId: null, active: null }, 100, 5]);
    expect(text(element.querySelector('[data-testid=users-count]'))).toBe('Showing 7 of 7 users');
    expect(element.querySelector('tr[data-user=U-ZED]')).not.toBeNull();
    expect([...element.querySelectorAll('button')].some((candidate) => text(candidate) === 'Show more')).toBe(false);
  });

  it('counts a single user in the singular', async () => {
    const api = new FakeOrgAdminApi();
    api.answerUsers = () => of({ totalCount: 1, users: [user('U-ZOE')] });
    const { element } = await render(api);
    expect(text(element.querySelector('[data-testid=users-count]'))).toBe('Showing 1 of 1 user');
  });

  it('says when no user matches, and when the list cannot be loaded, with a retry', async () => {
    const api = new FakeOrgAdminApi();
    api.answerUsers = () => of({ totalCount: 0, users: [] });
    const empty = await render(api);
    expect(text(empty.element.querySelector('[data-testid=users-empty]'))).toBe('No user matches these filters.');
    TestBed.resetTestingModule();

    const failing = new FakeOrgAdminApi();
    failing.answerUsers = () => throwError(() => ({ code: 'FORBIDDEN', message: 'No', issues: [] }));
    const { element, stable } = await render(failing);
    expect(text(element.querySelector('[data-testid=users-error]'))).toContain(
      'Only administrators may manage the organisation.',
    );
    failing.answerUsers = () => of({ totalCount: 0, users: [] });
    button(element, 'Try again').click();
    await stable();
    expect(element.querySelector('[data-testid=users-error]')).toBeNull();
    expect(failing.callsOf('users')).toHaveLength(2);
  });

  it('creates a user, showing the API’s refusal beside the field it concerns', async () => {
    const { api, element, click, type, stable } = await render();
    await click('[data-testid=new-user]');
    const form = element.querySelector('[data-testid=user-form]');
    expect(text(form?.querySelector('h2'))).toBe('New user');
    expect(document.activeElement).toBe(form?.querySelector('h2'));
    await type('[data-testid=user-form] input[name=id]', 'U-NEW');
    await type('[data-testid=user-form] input[name=email]', 'rex@x.test');
    await type('[data-testid=user-form] input[name=displayName]', 'Nina New');
    await type('[data-testid=user-form] select[name=role]', 'SALES_MANAGER', 'change');
    await type('[data-testid=user-form] select[name=teamId]', 'T-N1', 'change');
    api.failNext = {
      code: 'CONFLICT',
      message: "input.email: e-mail 'rex@x.test' is already used by user U-REX (ignoring case)",
      field: 'input.email',
      issues: [{ field: 'input.email', message: "e-mail 'rex@x.test' is already used by user U-REX (ignoring case)" }],
    };
    await click('[data-testid=user-form] button[type=submit]');
    const email = element.querySelector<HTMLInputElement>('[data-testid=user-form] input[name=email]');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    const describedBy = email?.getAttribute('aria-describedby') ?? '';
    expect(text(element.querySelector(`#${describedBy}`))).toBe(
      "e-mail 'rex@x.test' is already used by user U-REX (ignoring case)",
    );

    await type('[data-testid=user-form] input[name=email]', 'nina@x.test');
    await click('[data-testid=user-form] button[type=submit]');
    expect(api.callsOf('createUser').at(-1)).toEqual([
      { id: 'U-NEW', email: 'nina@x.test', displayName: 'Nina New', role: 'SALES_MANAGER', teamId: 'T-N1' },
    ]);
    expect(element.querySelector('[data-testid=user-form]')).toBeNull();
    expect(text(element.querySelector('[data-testid=users-notice]'))).toBe('Nina New saved.');
    await stable();
    expect(api.callsOf('users').length).toBeGreaterThan(1);
  });

  it('edits a user with the form filled in and the id fixed', async () => {
    const { api, element, click, type } = await render();
    await click('tr[data-user=U-REX] .action');
    const id = element.querySelector<HTMLInputElement>('[data-testid=user-form] input[name=id]');
    expect(id?.value).toBe('U-REX');
    expect(id?.readOnly).toBe(true);
    expect(element.querySelector<HTMLSelectElement>('[data-testid=user-form] select[name=teamId]')?.value).toBe('T-N1');
    await type('[data-testid=user-form] input[name=displayName]', 'Rex Senior');
    await click('[data-testid=user-form] button[type=submit]');
    expect(api.callsOf('updateUser')).toEqual([
      [{ id: 'U-REX', email: 'u-rex@x.test', displayName: 'Rex Senior', role: 'SALES_REP', teamId: 'T-N1' }],
    ]);
  });

  it('resets a password only after confirmation and shows it once, with a copy button and the instruction', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { api, element, click, stable } = await render();
    await click('tr[data-user=U-REX] [data-action=reset]');
    expect(api.callsOf('resetPassword')).toEqual([]);
    expect(text(element.querySelector('[data-testid=confirm-panel] h2'))).toBe('Reset the password of Rex Rep?');
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(api.callsOf('resetPassword')).toEqual([['U-REX']]);

    const panel = element.querySelector('[data-testid=password-panel]');
    expect(element.querySelector<HTMLInputElement>('[data-testid=temporary-password]')?.value).toBe(
      'k7Rmq-Xh2Pa-9bTzc-Wq4nE',
    );
    expect(text(panel)).toContain('They must change it when they next sign in.');
    button(element, 'Copy').click();
    await stable();
    await stable();
    expect(writeText).toHaveBeenCalledWith('k7Rmq-Xh2Pa-9bTzc-Wq4nE');
    expect(text(panel?.querySelector('[role=status]'))).toBe('Copied to the clipboard.');

    button(element, 'Done').click();
    await stable();
    expect(element.innerHTML).not.toContain('k7Rmq');
  });

  it('deactivates only after confirmation, with the reason, and warns about the teams of a manager', async () => {
    const { api, element, click, type } = await render();
    await click('tr[data-user=U-MIA] [data-action=deactivate]');
    const confirm = element.querySelector('[data-testid=confirm-panel]');
    expect(confirm?.getAttribute('role')).toBe('alertdialog');
    expect(text(confirm)).toContain('Mia Manager manages North 1; those teams will have no manager.');
    expect(api.callsOf('deactivateUser')).toEqual([]);
    await type('[data-testid=confirm-panel] textarea', ' parental leave ');
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(api.callsOf('deactivateUser')).toEqual([['U-MIA', 'parental leave']]);
    expect(text(element.querySelector('[data-testid=users-notice]'))).toBe('Mia Manager deactivated.');
  });

  it('keeps the confirmation open with the API’s reason when a change is refused', async () => {
    const { api, element, click, stable } = await render();
    await click('tr[data-user=U-ADA] [data-action=deactivate]');
    api.failNext = {
      code: 'CONFLICT',
      message: 'userId: you cannot deactivate yourself; another administrator has to',
      field: 'userId',
      issues: [{ field: 'userId', message: 'you cannot deactivate yourself; another administrator has to' }],
    };
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(text(element.querySelector('[data-testid=confirm-error]'))).toBe(
      'you cannot deactivate yourself; another administrator has to',
    );
    button(element, 'Cancel').click();
    await stable();
    expect(element.querySelector('[data-testid=confirm-panel]')).toBeNull();
    expect(document.activeElement).toBe(element.querySelector('tr[data-user=U-ADA] [data-action=deactivate]'));
  });

  it('reactivates a deactivated user after confirmation', async () => {
    const { api, click } = await render();
    await click('tr[data-user=U-MAX] [data-action=reactivate]');
    await click('[data-testid=confirm-panel] button[type=submit]');
    expect(api.callsOf('reactivateUser')).toEqual([['U-MAX', null]]);
  });

  it('shows a user’s history and closes it with Escape, giving the focus back', async () => {
    const { api, element, click, stable } = await render();
    await click('tr[data-user=U-REX] [data-action=history]');
    expect(api.callsOf('auditTrail')).toEqual([['user', 'U-REX']]);
    const history = element.querySelector('[data-testid=history-panel]');
    expect(text(history?.querySelector('h2'))).toBe('History of Rex Rep');
    history?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await stable();
    expect(element.querySelector('[data-testid=history-panel]')).toBeNull();
    expect(document.activeElement).toBe(element.querySelector('tr[data-user=U-REX] [data-action=history]'));
  });
});
