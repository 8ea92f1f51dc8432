/// <reference types="@angular/localize" />
import type { Language } from '@salesdash/shared/domain';

/**
 * The locale of this build, which every formatter uses: the build sets `$localize.locale` before any
 * code runs ("de" for the German build); unit tests and the development server run the English source.
 */
export const DASHBOARD_LOCALE: string = $localize.locale ?? 'en-US';

/** The language of this build; each language is a build of its own, served under `/en/…`, `/de/…`. */
export const DASHBOARD_LANGUAGE: Language = DASHBOARD_LOCALE.startsWith('de') ? 'de' : 'en';

/**
 * How a language switch names each language: in that language itself, whatever the page's language,
 * so a person finds their own (these texts are deliberately not translated).
 */
export const LANGUAGE_SWITCH = {
  en: { name: 'English', title: 'Show this page in English' },
  de: { name: 'Deutsch', title: 'Diese Seite auf Deutsch anzeigen' },
} as const satisfies Record<Language, { name: string; title: string }>;
