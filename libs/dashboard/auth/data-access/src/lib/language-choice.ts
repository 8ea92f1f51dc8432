import { DOCUMENT, inject, Injectable, InjectionToken } from '@angular/core';
import { DASHBOARD_LANGUAGE } from '@salesdash/dashboard/shared/util-i18n';
import type { Language } from '@salesdash/shared/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AuthService } from './auth.service';
import { ChooseLanguageDocument } from './generated/graphql';

/** The page's address and the way to load another; tests replace it. */
export type PageLocation = Pick<Location, 'pathname' | 'search' | 'hash' | 'assign'>;

export const PAGE_LOCATION = new InjectionToken<PageLocation>('PAGE_LOCATION', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).location,
});

/** The cookie the server reads to pick the language of `/` (apps/api static-dashboard.ts). */
export const LANGUAGE_COOKIE = 'sd-language';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The dashboard's language. Each language is its own build, served under `/en/…` and `/de/…`, so
 * switching loads the same page from the other build. A choice is kept in this browser (cookie, which
 * the server follows for `/`) and, when signed in, with the person's account, which wins on sign-in.
 */
@Injectable({ providedIn: 'root' })
export class LanguageChoice {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);
  private readonly location = inject(PAGE_LOCATION);

  /** This page in another language; null where the dashboard is not served per language (the development server). */
  addressIn(language: Language): string | null {
    const { pathname, search, hash } = this.location;
    const base = `/${DASHBOARD_LANGUAGE}`;
    if (pathname !== base && !pathname.startsWith(`${base}/`)) {
      return null;
    }
    return `/${language}${pathname.slice(base.length) || '/'}${search}${hash}`;
  }

  /** The person asked for another language: remember it, with the account too when signed in, then show the page in it. */
  async choose(language: Language): Promise<void> {
    const address = this.addressIn(language);
    if (address === null || language === DASHBOARD_LANGUAGE) {
      return;
    }
    this.remember(language);
    if (this.auth.signedIn()) {
      try {
        await firstValueFrom(this.apollo.mutate({ mutation: ChooseLanguageDocument, variables: { language } }));
      } catch {
        // The browser still remembers the choice; the account keeps its earlier one.
      }
    }
    this.location.assign(address);
  }

  /** After sign-in: the language kept with the account, if it is not the one shown. */
  follow(language: Language | null): void {
    const address = language === null || language === DASHBOARD_LANGUAGE ? null : this.addressIn(language);
    if (language !== null && address !== null) {
      this.remember(language);
      this.location.assign(address);
    }
  }

  private remember(language: Language): void {
    this.document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
  }
}
