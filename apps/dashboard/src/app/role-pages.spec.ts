import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthService, LanguageChoice, type Viewer } from '@salesdash/dashboard/auth/data-access';
import { ROLES, type Role } from '@salesdash/shared/domain';
import { App } from './app';
import { homeGuard, homePath, PAGES, pageGuard, ROLE_PAGES } from './role-pages';

@Component({ template: '<h1>Page</h1>' })
class Page {}

function viewer(role: Role): Viewer {
  return { id: 'u1', email: 'x@demo.local', displayName: 'Someone', role, language: null };
}

/** The shell as on the development server: one language, no switch. */
const ONE_LANGUAGE = { provide: LanguageChoice, useValue: { addressIn: () => null, follow: () => undefined } };

function setUp(role: Role) {
  const auth = {
    viewer: signal<Viewer | null>(viewer(role)),
    signedIn: () => true,
    mustChangePassword: signal(false),
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: '', pathMatch: 'full', canActivate: [homeGuard], children: [] },
        ...PAGES.map((page) => ({ path: page, component: Page, canActivate: [pageGuard(page)] })),
      ]),
      { provide: AuthService, useValue: auth },
      ONE_LANGUAGE,
    ],
  });
  return TestBed.inject(Router);
}

describe('role homes', () => {
  it.each<[Role, string]>([
    ['SALES_REP', '/me'],
    ['SALES_MANAGER', '/teams'],
    ['CONTROLLING', '/corridors'],
    ['MARKETING', '/journey'],
    ['MANAGEMENT', '/company'],
    ['ADMIN', '/company'],
  ])('%s lands on %s', async (role, home) => {
    const router = setUp(role);
    expect(homePath(role)).toBe(home);
    await router.navigateByUrl('/');
    expect(router.url).toBe(home);
  });

  it.each(ROLES)('%s is sent home from every page it may not use', async (role) => {
    const router = setUp(role);
    for (const page of PAGES) {
      await router.navigateByUrl(`/${page}`);
      expect(router.url).toBe(ROLE_PAGES[role].includes(page) ? `/${page}` : homePath(role));
    }
  });
});

describe('navigation', () => {
  async function render(role: Role, url: string) {
    const router = setUp(role);
    const fixture = TestBed.createComponent(App);
    await router.navigateByUrl(url);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const links = [...element.querySelectorAll<HTMLAnchorElement>('nav a')];
    return { element, links };
  }

  it.each<[Role, string[]]>([
    ['SALES_REP', ['My performance']],
    ['SALES_MANAGER', ['My teams', 'Targets', 'Overview']],
    ['CONTROLLING', ['Corridors', 'Overview', 'Journey & voice', 'Targets', 'Import']],
    ['MARKETING', ['Journey & voice']],
    ['MANAGEMENT', ['Company', 'Overview', 'Journey & voice', 'Targets', 'Responsibility']],
    ['ADMIN', ['Company', 'Overview', 'Journey & voice', 'Targets', 'Organisation', 'Import', 'Responsibility']],
  ])('%s sees only %p', async (role, labels) => {
    const { links, element } = await render(role, '/');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(links.map((link) => link.textContent?.trim())).toEqual(labels);
  });

  it('marks the current page with aria-current and links by href (keyboard reachable)', async () => {
    const { links } = await render('SALES_MANAGER', '/overview');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/teams', '/targets', '/overview']);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, null, 'page']);
  });

  it('shows no navigation when nobody is signed in', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ONE_LANGUAGE,
        { provide: AuthService, useValue: { viewer: signal(null), mustChangePassword: signal(false) } },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('nav')).toBeNull();
  });

  it('shows no navigation while a password set by an administrator awaits its change', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ONE_LANGUAGE,
        {
          provide: AuthService,
          useValue: { viewer: signal(viewer('MARKETING')), mustChangePassword: signal(true), signedIn: () => true },
        },
      ],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('nav')).toBeNull();
  });
});
