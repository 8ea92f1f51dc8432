/// <reference types="@angular/localize" />

/** The languages the dashboard is built in; each is served under its own path (`/en/…`, `/de/…`). */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The locale of this build, which every formatter uses: the build sets `$localize.locale` before any
 * code runs ("de" for the German build); unit tests and the development server run the English source.
 */
export const DASHBOARD_LOCALE: string = $localize.locale ?? 'en-US';

/** The language of this build. */
export const DASHBOARD_LANGUAGE: Language = DASHBOARD_LOCALE.startsWith('de') ? 'de' : 'en';

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch' } as const satisfies Record<Language, string>;
