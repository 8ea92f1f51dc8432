import { expect, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

interface RoleCase {
  readonly login: string;
  readonly role: string;
  readonly home: string;
  /** The period the home opens with, named in the URL. */
  readonly preset: 'this-month' | 'last-12-months';
  readonly heading: string;
  readonly navigation: readonly string[];
  readonly scope: string;
  /** Figures on the home that must all be numbers. */
  readonly figures: string;
  readonly figureCount: number;
}

const ROLES: readonly RoleCase[] = [
  {
    login: 'rep',
    role: 'Sales rep',
    home: '/me',
    preset: 'this-month',
    heading: 'My performance',
    navigation: ['My performance'],
    scope: 'Your own deals',
    figures: '[data-testid="headline-value"], table.kpis [data-testid="kpi-value"]',
    figureCount: 14,
  },
  {
    login: 'manager',
    role: 'Sales manager',
    home: '/teams',
    preset: 'this-month',
    heading: 'My teams',
    navigation: ['My teams', 'Targets', 'Overview'],
    scope: 'Teams you manage: North Private & Retail',
    figures: '[data-testid="rep-value"]',
    figureCount: 6,
  },
  {
    login: 'controlling',
    role: 'Controlling',
    home: '/corridors',
    preset: 'last-12-months',
    heading: 'Corridors overview',
    navigation: ['Corridors', 'Overview', 'Journey & voice', 'Targets', 'Import'],
    scope: 'The whole company',
    figures: 'sd-kpi-matrix [data-testid="matrix-value"]',
    figureCount: 36,
  },
  {
    login: 'marketing',
    role: 'Marketing',
    home: '/journey',
    preset: 'last-12-months',
    heading: 'Journey & customer voice',
    navigation: ['Journey & voice'],
    scope: 'The whole company',
    figures: 'sd-kpi-tile [data-testid="kpi-value"]',
    figureCount: 14,
  },
  {
    login: 'management',
    role: 'Management',
    home: '/company',
    preset: 'last-12-months',
    heading: 'Company overview',
    navigation: ['Company', 'Overview', 'Journey & voice', 'Targets', 'Responsibility'],
    scope: 'The whole company',
    figures: 'sd-kpi-matrix [data-testid="matrix-value"]',
    figureCount: 36 + 18 * 3,
  },
  {
    login: 'admin',
    role: 'Administrator',
    home: '/company',
    preset: 'last-12-months',
    heading: 'Company overview',
    navigation: ['Company', 'Overview', 'Journey & voice', 'Targets', 'Organisation', 'Import', 'Responsibility'],
    scope: 'The whole company',
    figures: 'sd-kpi-matrix [data-testid="matrix-value"]',
    figureCount: 36 + 18 * 3,
  },
];

async function expectNumbers(page: Page, selector: string, atLeast: number): Promise<void> {
  const figures = page.locator(selector);
  await expect.poll(() => figures.count()).toBeGreaterThanOrEqual(atLeast);
  for (const text of await figures.allInnerTexts()) {
    expect(text.trim()).not.toBe('—');
    expect(text.trim()).toMatch(/\d/);
  }
}

for (const role of ROLES) {
  test(`${role.login}@demo.local lands on ${role.home} and sees why`, async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });
    await page.goto('/login');
    await signIn(page, `${role.login}@demo.local`, 'demo-password');

    await expect(page).toHaveURL(new RegExp(`${role.home}\\?preset=${role.preset}$`));
    await expect(page.getByRole('heading', { level: 1, name: role.heading })).toBeVisible();
    await expect(page.getByTestId('viewer')).toContainText(role.role);

    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link')).toHaveText([...role.navigation]);
    await expect(navigation.getByRole('link', { name: role.navigation[0] })).toHaveAttribute('aria-current', 'page');

    await expect(page.getByTestId('home-loading')).toHaveCount(0);
    await expect(page.getByTestId('home-error')).toHaveCount(0);
    // A month just begun may have no win rate yet: the figures are checked on complete months.
    await page.getByRole('radio', { name: 'Last 12 months' }).check();
    await expect(page).toHaveURL(new RegExp(`${role.home}\\?preset=last-12-months$`));
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNumbers(page, role.figures, role.figureCount);

    const why = page.getByRole('button', { name: 'Why am I seeing this?' });
    await why.click();
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByTestId('why-panel');
    await expect(panel.getByTestId('why-role')).toHaveText(role.role);
    await expect(panel.getByTestId('why-scope')).toHaveText(role.scope);
    await expect(panel.getByTestId('why-grants')).toContainText(`As ${role.role} you are responsible for:`);

    await snapshot(page, `role-${role.login}`);
    expect(consoleErrors).toEqual([]);
  });
}

test('a rep cannot open a page of another role: it leads back to their home', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'rep@demo.local', 'demo-password');
  await expect(page).toHaveURL(/\/me\?preset=this-month$/);
  await page.goto('/company');
  await expect(page).toHaveURL(/\/me\?preset=this-month$/);
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/me\?preset=this-month$/);
});

test('the navigation works with the keyboard', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.local', 'demo-password');
  await expect(page).toHaveURL(/\/teams\?preset=this-month$/);
  const overview = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' });
  await overview.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/overview\?preset=last-12-months$/);
  await expect(overview).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'KPI overview' })).toBeVisible();
});
