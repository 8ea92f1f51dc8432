import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService, type PasswordChangeOutcome } from '@salesdash/dashboard/auth/data-access';
import { ChangePasswordPage } from './change-password-page';

function render(outcome: PasswordChangeOutcome, mustChangePassword = false) {
  const changePassword = jest.fn(async () => outcome);
  TestBed.configureTestingModule({
    imports: [ChangePasswordPage],
    providers: [
      provideRouter([]),
      { provide: AuthService, useValue: { changePassword, mustChangePassword: signal(mustChangePassword) } },
    ],
  });
  const fixture = TestBed.createComponent(ChangePasswordPage);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const type = (id: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) {
      throw new Error(`no #${id}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { element, type, submit, changePassword };
}

describe('ChangePasswordPage', () => {
  it('says why when an administrator set the password', () => {
    const { element } = render({ changed: true }, true);
    expect(element.querySelector('[data-testid="password-change-required"]')?.textContent).toContain(
      'An administrator set your password',
    );
  });

  it.each([
    [['', 'a-new-long-password', 'a-new-long-password'], 'current-password', 'Enter your current password.'],
    [['old', 'short', 'short'], 'new-password', 'The new password needs at least 12 characters.'],
    [['old', 'a-new-long-password', 'a-new-long-passw0rd'], 'confirm-password', 'The two new passwords differ.'],
  ])('checks %j before asking the API, at the field', async ([current, next, confirm], id, message) => {
    const { element, type, submit, changePassword } = render({ changed: true });
    type('current-password', current);
    type('new-password', next);
    type('confirm-password', confirm);
    await submit();
    expect(changePassword).not.toHaveBeenCalled();
    expect(element.querySelector(`#${id}-error`)?.textContent?.trim()).toBe(message);
    expect(element.querySelector(`#${id}`)?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API refusal at its field, completed by the field label', async () => {
    const { element, type, submit } = render({ changed: false, field: 'currentPassword', message: 'is wrong' });
    type('current-password', 'not-it');
    type('new-password', 'a-new-long-password');
    type('confirm-password', 'a-new-long-password');
    await submit();
    expect(element.querySelector('#current-password-error')?.textContent?.trim()).toBe('Current password is wrong');
  });

  it('confirms the change and offers the way on', async () => {
    const { element, type, submit, changePassword } = render({ changed: true });
    type('current-password', 'old-password');
    type('new-password', 'a-new-long-password');
    type('confirm-password', 'a-new-long-password');
    await submit();
    expect(changePassword).toHaveBeenCalledWith('old-password', 'a-new-long-password');
    expect(element.querySelector('[data-testid="password-changed"]')?.textContent).toContain(
      'Your password has been changed',
    );
    expect(element.querySelector('form')).toBeNull();
  });
});
