import { ChangeDetectionStrategy, Component, computed, type ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, pairwise } from 'rxjs';
import { AuthService } from '@salesdash/dashboard/auth/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { APP_TEXTS } from './app.texts';
import { ROLE_PAGES } from './role-pages';

/**
 * The shell: skip link, top bar with the pages the role may use, the signed-in person and sign-out,
 * and the main landmark.
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
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // A new page (not a new query of the same page) moves focus to its content, as a page load
    // would, so keyboard and screen-reader users start there. Pages may then focus a field.
    inject(Router)
      .events.pipe(
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

  protected signOut(): void {
    void this.auth.logout();
  }
}
