import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideGraphqlClient } from '@salesdash/dashboard/shared/data-access';
import { AuthService } from './auth.service';
import { LANGUAGE_COOKIE, LanguageChoice, PAGE_LOCATION, type PageLocation } from './language-choice';

class FakeLocation implements PageLocation {
  readonly loaded: string[] = [];
  constructor(
    public pathname: string,
    public search = '',
    public hash = '',
  ) {}
  assign(url: string | URL): void {
    this.loaded.push(String(url));
  }
}

function setUp(pathname: string, signedIn: boolean, search = '', hash = '') {
  const location = new FakeLocation(pathname, search, hash);
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideGraphqlClient({ uri: '/graphql' }),
      { provide: AuthService, useValue: { signedIn: signal(signedIn) } },
      { provide: PAGE_LOCATION, useValue: location },
    ],
  });
  document.cookie = `${LANGUAGE_COOKIE}=; max-age=0; path=/`;
  return { location, choice: TestBed.inject(LanguageChoice), http: TestBed.inject(HttpTestingController) };
}

describe('LanguageChoice', () => {
  it('gives this page, query and fragment included, in another language', () => {
    const { choice, location } = setUp('/en/rows/WIN_RATE', false, '?scope=TEAM:T-1', '#rows');
    expect(choice.addressIn('de')).toBe('/de/rows/WIN_RATE?scope=TEAM:T-1#rows');
    Object.assign(location, { pathname: '/en', search: '', hash: '' });
    expect(choice.addressIn('de')).toBe('/de/');
  });

  it('offers no other language where the dashboard is not served per language', () => {
    const { choice, location } = setUp('/me', false);
    expect(choice.addressIn('de')).toBeNull();
    location.pathname = '/english/me';
    expect(choice.addressIn('de')).toBeNull();
  });

  it('signed out: remembers the choice in this browser and loads the page in it', async () => {
    const { choice, location, http } = setUp('/en/login', false);
    await choice.choose('de');
    http.expectNone('/graphql');
    expect(document.cookie).toContain(`${LANGUAGE_COOKIE}=de`);
    expect(location.loaded).toEqual(['/de/login']);
  });

  it('signed in: keeps the choice with the account before loading the page in it, and still switches when that fails', async () => {
    const { choice, location, http } = setUp('/en/me', true);
    const chosen = choice.choose('de');
    const request = http.expectOne('/graphql');
    expect(request.request.body).toMatchObject({ operationName: 'ChooseLanguage', variables: { language: 'de' } });
    expect(location.loaded).toEqual([]);
    request.flush({ data: { chooseLanguage: 'de' } });
    await chosen;
    expect(location.loaded).toEqual(['/de/me']);

    const failing = choice.choose('de');
    http.expectOne('/graphql').flush('down', { status: 503, statusText: 'Service Unavailable' });
    await failing;
    expect(location.loaded).toEqual(['/de/me', '/de/me']);
  });

  it("follows the account's language after sign-in, and nothing when it is this page's or none", () => {
    const { choice, location } = setUp('/en/me', true);
    choice.follow(null);
    choice.follow('en');
    expect(location.loaded).toEqual([]);
    choice.follow('de');
    expect(location.loaded).toEqual(['/de/me']);
    expect(document.cookie).toContain(`${LANGUAGE_COOKIE}=de`);
  });
});
