import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService, DemoLoginsService, LanguageChoice, type Viewer } from '@salesdash/dashboard/auth/data-access';
import type { Language } from '@salesdash/shared/domain';
import { of } from 'rxjs';
import { App } from './app';
import { appRoutes } from './app.routes';

@Component({ template: '<h1>Page</h1>' })
class Page {}

class FakeAuth {
  readonly viewer = signal<Viewer | null>({
    id: 'u1',
    email: 'manager@demo.local',
    displayName: 'Sam Manager',
    role: 'SALES_MANAGER',
    language: null,
  });
  readonly mustChangePassword = signal(false);
  logouts = 0;
  logout(): Promise<void> {
    this.logouts++;
    this.viewer.set(null);
    return Promise.resolve();
  }
}

/** The switch as served under /en/…: it records what the shell asks of it. */
class FakeLanguageChoice {
  readonly chosen: Language[] = [];
  readonly followed: (Language | null)[] = [];
  addressIn(language: Language): string {
    return `/${language}/me?period=LAST_MONTH`;
  }
  choose(language: Language): Promise<void> {
    this.chosen.push(language);
    return Promise.resolve();
  }
  follow(language: Language | null): void {
    this.followed.push(language);
  }
}

async function render() {
  const auth = new FakeAuth();
  const languages = new FakeLanguageChoice();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: '**', component: Page }]),
      { provide: AuthService, useValue: auth },
      { provide: LanguageChoice, useValue: languages },
    ],
  });
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  return { auth, languages, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('App shell', () => {
  it('shows the product, the signed-in person with role, and a sign-out button', async () => {
    const { element, auth, fixture } = await render();
    expect(element.querySelector('.product')?.textContent?.trim()).toBe('Sales KPI');
    const viewer = element.querySelector('[data-testid=viewer]');
    expect(viewer?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      'Signed in as Sam Manager, Sales manager',
    );
    expect(viewer?.querySelector('.name')?.textContent?.trim()).toBe('Sam Manager');
    expect(viewer?.querySelector('.role')?.textContent?.trim()).toBe('Sales manager');
    const signOut = element.querySelector('button.sign-out') as HTMLButtonElement;
    expect(signOut.textContent?.trim()).toBe('Sign out');
    signOut.click();
    await fixture.whenStable();
    expect(auth.logouts).toBe(1);
    expect(element.querySelector('button.sign-out')).toBeNull();
  });

  it('has a skip link that moves focus to the main landmark', async () => {
    const { element } = await render();
    const skip = element.querySelector('a.skip-link') as HTMLAnchorElement;
    const main = element.querySelector('main') as HTMLElement;
    expect(skip.textContent?.trim()).toBe('Skip to main content');
    expect(main.id).toBe('main');
    const event = new MouseEvent('click', { cancelable: true });
    skip.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(main);
  });
});

describe('language switch', () => {
  it('links this page in German, named in German, and lets the choice go through the language service', async () => {
    const { element, languages } = await render();
    const link = element.querySelector('[data-testid=language-switch]') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('Deutsch');
    expect([link.getAttribute('href'), link.lang, link.hreflang]).toEqual(['/de/me?period=LAST_MONTH', 'de', 'de']);
    expect(link.title).toBe('Diese Seite auf Deutsch anzeigen');
    const event = new MouseEvent('click', { cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(languages.chosen).toEqual(['de']);
  });

  it("follows the language kept with the person's account once they are known", async () => {
    const { auth, languages, fixture } = await render();
    expect(languages.followed).toEqual([null]);
    auth.viewer.update((viewer) => viewer && { ...viewer, language: 'de' });
    await fixture.whenStable();
    expect(languages.followed).toEqual([null, 'de']);
  });
});

describe('routes', () => {
  it('loads the login page lazily and guards the overview', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        { provide: AuthService, useValue: { signedIn: () => false, mustChangePassword: () => false } },
        { provide: DemoLoginsService, useValue: { list: () => of([]) } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/somewhere/else');
    expect(TestBed.inject(Router).url).toBe('/login');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe('Sign in');
  });
});

describe('focus on navigation', () => {
  it('moves focus to the main landmark when the page changes, not when only the query changes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'a', component: Page },
          { path: 'b', component: Page },
        ]),
        { provide: AuthService, useValue: new FakeAuth() },
        { provide: LanguageChoice, useValue: new FakeLanguageChoice() },
      ],
    });
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/a');
    await fixture.whenStable();
    const main = fixture.nativeElement.querySelector('main') as HTMLElement;
    const button = fixture.nativeElement.querySelector('button.sign-out') as HTMLButtonElement;

    button.focus();
    await router.navigateByUrl('/a?x=1');
    expect(document.activeElement).toBe(button);

    await router.navigateByUrl('/b');
    expect(document.activeElement).toBe(main);
  });
});
