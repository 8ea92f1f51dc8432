import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';
import { AuthService, LanguageChoice } from '@salesdash/dashboard/auth/data-access';
import { DASHBOARD_LANGUAGE, interpolate, LANGUAGE_SWITCH } from '@salesdash/dashboard/shared/util-i18n';
import { LANGUAGES, type Language } from '@salesdash/shared/domain';
import { APP_TEXTS } from './app.texts';
import { ROLE_PAGES } from './role-pages';

/**
 * The shell: skip link, top bar with the pages the role may use, the signed-in person and sign-out,
 * the language switch, and the main landmark.
 */
@Component({
  selector: 'sd-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  private readonly auth = inject(AuthService);
  private readonly languageChoice = inject(LanguageChoice);
  /** Bumped on every navigation, so the language links point at the page now shown. */
  private readonly navigations = signal(0);

  protected readonly texts = APP_TEXTS;
  protected readonly viewer = this.auth.viewer;
  protected readonly roleLabel = computed(() => {
    const viewer = this.viewer();
    return viewer ? APP_TEXTS.roles[viewer.role] : '';
  });
  protected readonly signedInAs = computed(() =>
    interpolate(APP_TEXTS.signedInAs, { name: this.viewer()?.displayName ?? '', role: this.roleLabel() }),
  );
  /** Only the pages the role may use, its home first; none while a password set by an administrator awaits its change. */
  protected readonly pages = computed(() => {
    const viewer = this.viewer();
    return viewer && !this.auth.mustChangePassword()
      ? ROLE_PAGES[viewer.role].map((page) => ({ path: `/${page}`, page, label: APP_TEXTS.pages[page] }))
      : [];
  });
  /** The other languages, each a link to this page in it; none on the development server (one language). */
  protected readonly otherLanguages = computed(() => {
    this.navigations();
    return LANGUAGES.filter((code) => code !== DASHBOARD_LANGUAGE).flatMap((code) => {
      const href = this.languageChoice.addressIn(code);
      return href === null ? [] : [{ code, href, ...LANGUAGE_SWITCH[code] }];
    });
  });
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // The language kept with the account wins once the person is known (after sign-in or a reload).
    effect(() => {
      const language = this.viewer()?.language ?? null;
      untracked(() => this.languageChoice.follow(language));
    });
    const router = inject(Router);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.navigations.update((count) => count + 1));
    // A new page (not a new query of the same page) moves focus to its content, as a page load
    // would, so keyboard and screen-reader users start there. Pages may then focus a field.
    router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.main().nativeElement.focus({ preventScroll: true }));
  }

  /** Moves focus to the content without changing the URL (a fragment link would reload the route). */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected chooseLanguage(event: Event, language: Language): void {
    event.preventDefault();
    void this.languageChoice.choose(language);
  }

  protected signOut(): void {
    void this.auth.logout();
  }
}
