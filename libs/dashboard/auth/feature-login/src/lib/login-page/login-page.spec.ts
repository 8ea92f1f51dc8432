import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  AuthService,
  type DemoLogin,
  DemoLoginsService,
  type SignInOutcome,
} from '@salesdash/dashboard/auth/data-access';
import { of } from 'rxjs';
import { LoginPage } from './login-page';

@Component({ template: 'dashboard' })
class Dashboard {}

class FakeAuth {
  readonly calls: [string, string][] = [];
  outcome: Promise<SignInOutcome> = Promise.resolve('SIGNED_IN');
  login(email: string, password: string): Promise<SignInOutcome> {
    this.calls.push([email, password]);
    return this.outcome;
  }
}

async function open(url = '/login', demoLogins: readonly DemoLogin[] = []) {
  const auth = new FakeAuth();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'login', component: LoginPage },
        { path: '', component: Dashboard },
      ]),
      { provide: AuthService, useValue: auth },
      { provide: DemoLoginsService, useValue: { list: () => of(demoLogins) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, LoginPage);
  await harness.fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const email = element.querySelector('input[type=email]') as HTMLInputElement;
  const password = element.querySelector('input[type=password]') as HTMLInputElement;
  const form = element.querySelector('form') as HTMLFormElement;
  const button = element.querySelector('button[type=submit]') as HTMLButtonElement;
  return { auth, harness, element, email, password, form, button, stable: () => harness.fixture.whenStable() };
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('LoginPage', () => {
  it('has labelled fields with autocomplete hints and focuses the e-mail field', async () => {
    const { element, email, password } = await open();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Sign in');
    expect(element.querySelector(`label[for="${email.id}"]`)?.textContent?.trim()).toBe('E-mail');
    expect(element.querySelector(`label[for="${password.id}"]`)?.textContent?.trim()).toBe('Password');
    expect(email.autocomplete).toBe('username');
    expect(password.autocomplete).toBe('current-password');
    expect(document.activeElement).toBe(email);
  });

  it('submits with the keyboard (Enter submits the form) and goes to the dashboard', async () => {
    const { auth, email, password, form, stable } = await open();
    type(email, 'management@demo.local');
    type(password, 'demo-password');
    // Enter in a field makes the browser submit the form: requestSubmit is that same path.
    form.requestSubmit();
    await stable();
    expect(auth.calls).toEqual([['management@demo.local', 'demo-password']]);
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('returns to the page the person came from', async () => {
    const { email, password, form, stable } = await open('/login?returnUrl=%2F%3Fpreset%3Dquarter');
    type(email, 'management@demo.local');
    type(password, 'demo-password');
    form.requestSubmit();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/?preset=quarter');
  });

  it('is disabled with a spinner while signing in', async () => {
    const { auth, element, email, password, form, button, harness } = await open();
    let finish: (outcome: SignInOutcome) => void = () => undefined;
    auth.outcome = new Promise((resolve) => (finish = resolve));
    type(email, 'management@demo.local');
    type(password, 'demo-password');
    form.requestSubmit();
    harness.fixture.detectChanges();
    expect(button.disabled).toBe(true);
    expect(button.textContent?.trim()).toBe('Signing in…');
    expect(element.querySelector('.spinner')).not.toBeNull();
    form.requestSubmit();
    expect(auth.calls).toHaveLength(1);
    finish('INVALID_CREDENTIALS');
    await harness.fixture.whenStable();
    expect(button.disabled).toBe(false);
  });

  it('shows the generic error on wrong credentials, clears the password and focuses it', async () => {
    const { auth, element, email, password, form, stable } = await open();
    auth.outcome = Promise.resolve('INVALID_CREDENTIALS');
    type(email, 'management@demo.local');
    type(password, 'wrong');
    form.requestSubmit();
    await stable();
    const error = element.querySelector('[data-testid=login-error]');
    expect(error?.textContent?.trim()).toBe('E-mail or password is wrong.');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(password.getAttribute('aria-describedby')).toBe(error?.id);
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('says when the server cannot be reached', async () => {
    const { auth, element, email, password, form, stable } = await open();
    auth.outcome = Promise.resolve('UNAVAILABLE');
    type(email, 'a@b.c');
    type(password, 'x');
    form.requestSubmit();
    await stable();
    expect(element.querySelector('[data-testid=login-error]')?.textContent?.trim()).toBe(
      'The server cannot be reached. Please try again.',
    );
  });

  it('asks for both fields before calling the API', async () => {
    const { auth, element, form, stable } = await open();
    form.requestSubmit();
    await stable();
    expect(auth.calls).toEqual([]);
    expect(element.querySelector('[data-testid=login-error]')?.textContent?.trim()).toBe(
      'Enter your e-mail and password.',
    );
  });

  it('says that the session expired when sent here for that', async () => {
    const { element } = await open('/login?expired=1');
    expect(element.querySelector('[data-testid=session-expired]')?.textContent?.trim()).toBe(
      'Your session has expired. Please sign in again.',
    );
  });

  it('shows no demo accounts outside demo mode', async () => {
    const { element } = await open();
    expect(element.querySelector('[data-testid="demo-logins"]')).toBeNull();
  });

  it('lists the demo accounts in demo mode and fills the form with the one chosen', async () => {
    const demo: DemoLogin[] = [
      { email: 'manager@demo.local', role: 'SALES_MANAGER', password: 'demo-password' },
      { email: 'rep@demo.local', role: 'SALES_REP', password: 'demo-password' },
    ];
    const { element, email, password, button, stable } = await open('/login', demo);
    const list = element.querySelector('[data-testid="demo-logins"]') as HTMLElement;
    expect(list.querySelector('.demo-password')?.textContent).toBe('demo-password');
    const choices = Array.from(list.querySelectorAll('button'));
    expect(choices.map((choice) => choice.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Sales manager manager@demo.local',
      'Sales rep rep@demo.local',
    ]);
    expect(choices.map((choice) => choice.getAttribute('aria-label'))).toEqual([null, null]);
    choices[1].click();
    await stable();
    expect(email.value).toBe('rep@demo.local');
    expect(password.value).toBe('demo-password');
    expect(document.activeElement).toBe(button);
  });
});
