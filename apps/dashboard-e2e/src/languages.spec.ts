import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll, expectSettled } from './support/accessibility';
import { graphql, snapshot } from './support/dashboard';

type Language = 'en' | 'de';

/** One step of a role's main journey: how to get there from the step before, named for the screenshots. */
interface Step {
  readonly name: string;
  readonly go: (page: Page) => Promise<void>;
}

interface Journey {
  readonly login: string;
  readonly steps: readonly Step[];
}

/** Words each language must show on the role's home page (the navigation's name of it). */
const HOME_NAMES: Record<string, Record<Language, string>> = {
  rep: { en: 'My performance', de: 'Meine Leistung' },
  manager: { en: 'My teams', de: 'Meine Teams' },
  controlling: { en: 'Corridors', de: 'Korridore' },
  marketing: { en: 'Journey & voice', de: 'Journey & Kundenstimme' },
  management: { en: 'Company', de: 'Unternehmen' },
  admin: { en: 'Company', de: 'Unternehmen' },
};

const home: Step = { name: 'home', go: async () => undefined };

function menu(pageName: string): Step {
  return { name: pageName, go: (page) => page.locator(`nav a[data-page="${pageName}"]`).click() };
}

function follow(name: string, selector: string): Step {
  return { name, go: (page) => page.locator(selector).first().click() };
}

const toRows = follow('rows', 'main a.value-link');
const toDeal = follow('deal', 'main a[href*="/deals/"]');

const JOURNEYS: readonly Journey[] = [
  { login: 'rep', steps: [home, toRows, toDeal] },
  { login: 'manager', steps: [home, follow('rep', '[data-testid="rep-link"]'), menu('targets')] },
  {
    login: 'controlling',
    steps: [
      home,
      follow('corridor-matrix', '[data-testid="corridors-edit-link"]'),
      follow('corridor-editor', '[data-testid="cell-edit"]'),
      menu('import'),
    ],
  },
  { login: 'marketing', steps: [home] },
  { login: 'management', steps: [home, menu('overview'), toRows, menu('responsibility')] },
  { login: 'admin', steps: [home, menu('admin'), menu('import')] },
];

/** A share as each language writes it: "37.7%" and "37,7 %". */
const PERCENT: Record<Language, RegExp> = { en: /\d+\.\d%/, de: /\d+,\d\s%/ };

async function accessToken(request: APIRequestContext, email: string): Promise<string> {
  const signedIn = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email, password: 'demo-password' },
  );
  return signedIn.login.accessToken;
}

/**
 * Keeps `language` with the account, as if the person had chosen it. Every other browser test signs
 * in at /login and reads English, so each test that changes an account's language sets English again.
 */
async function keepLanguage(request: APIRequestContext, email: string, language: Language): Promise<void> {
  const token = await accessToken(request, email);
  await graphql(
    request,
    'mutation ($language: Language!) { chooseLanguage(language: $language) }',
    { language },
    token,
  );
}

async function signInAt(page: Page, language: Language, email: string): Promise<void> {
  await page.goto(`/${language}/login`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill('demo-password');
  await page.locator('input[type="password"]').press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
}

/** The page as it is now at a phone's, a tablet's and a desktop's width: settled, accessible, not wider than the screen. */
async function checkAtEveryWidth(page: Page, state: string): Promise<void> {
  for (const width of [390, 768, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await expectSettled(page);
    await expectNoSidewaysScroll(page);
    if (width === 768) {
      await expectAccessible(page, `${state} at ${width} px`);
    } else {
      await snapshot(page, `${state}-${width}`);
    }
  }
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'German' };
/** The `lang` of each build's page: the English build keeps its source locale's code. */
const PAGE_LANG: Record<Language, string> = { en: 'en-US', de: 'de' };

/** The sign-in page's heading and submit button in each language. */
const SIGN_IN: Record<Language, { heading: string; submit: string }> = {
  en: { heading: 'Sign in', submit: 'Sign in' },
  de: { heading: 'Anmelden', submit: 'Anmelden' },
};

for (const language of ['en', 'de'] as const) {
  test(`the sign-in page in ${LANGUAGE_NAMES[language]}`, async ({ page }) => {
    await page.goto(`/${language}/login`);
    await expect(page.getByRole('heading', { level: 1, name: SIGN_IN[language].heading })).toBeVisible();
    await expect(page.getByRole('button', { name: SIGN_IN[language].submit, exact: true })).toBeVisible();
    await checkAtEveryWidth(page, `${language}-login`);
  });

  for (const journey of JOURNEYS) {
    test(`${journey.login}@demo.local's main journey in ${LANGUAGE_NAMES[language]}`, async ({ page, request }) => {
      // Every step is checked at three widths: longer than a test of one page.
      test.setTimeout(60_000 + journey.steps.length * 45_000);
      const email = `${journey.login}@demo.local`;
      await keepLanguage(request, email, language);
      try {
        await page.setViewportSize({ width: 1440, height: 900 });
        await signInAt(page, language, email);
        await expect(page.locator('html')).toHaveAttribute('lang', PAGE_LANG[language]);
        await expect(page.locator('nav a[aria-current="page"]')).toHaveText(HOME_NAMES[journey.login][language]);
        await expectSettled(page);
        await expect(page.locator('main')).toContainText(PERCENT[language]);
        for (const step of journey.steps) {
          await page.setViewportSize({ width: 1440, height: 900 });
          await step.go(page);
          await expect(page).toHaveURL(new RegExp(`/${language}/`));
          await expectSettled(page);
          await checkAtEveryWidth(page, `${language}-${journey.login}-${step.name}`);
        }
      } finally {
        await keepLanguage(request, email, 'en');
      }
    });
  }
}

test('the language can be changed in the top bar, is kept with the person, and / follows it', async ({
  page,
  request,
}) => {
  try {
    await signInAt(page, 'en', 'rep@demo.local');
    await expect(page).toHaveURL(/\/en\/me\?preset=this-month$/);
    const toGerman = page.getByRole('link', { name: 'Deutsch' });
    await expect(toGerman).toHaveAttribute('hreflang', 'de');
    await toGerman.focus();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/de\/me\?preset=this-month$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Leistung' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toBeVisible();

    // A new browser session: the account's language wins over the English address asked for.
    await page.context().clearCookies();
    await signInAt(page, 'en', 'rep@demo.local');
    await expect(page).toHaveURL(/\/de\/me/);
    await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();

    // The browser remembers it too: the bare address opens in German.
    await page.goto('/');
    await expect(page).toHaveURL(/\/de\//);

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/me/);
    await expect(page.getByRole('heading', { level: 1, name: 'My performance' })).toBeVisible();
  } finally {
    await keepLanguage(request, 'rep@demo.local', 'en');
  }
});
