import { expect, test } from '@playwright/test';
import {
  kpiValue,
  MANAGEMENT,
  monthEnd,
  monthStart,
  OVERVIEW_LOGIN,
  signIn,
  snapshot,
  waitForTiles,
} from './support/dashboard';

test.describe('KPI overview', () => {
  test('management signs in, reads 18 KPIs, changes period and model, reloads and signs out', async ({ page }) => {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });

    await test.step('a visitor lands on the login page', async () => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByLabel('E-mail')).toBeFocused();
      // Demo mode lists the six demo accounts; choosing one fills the form.
      const demoAccounts = page.getByTestId('demo-logins').getByRole('button');
      await expect(demoAccounts).toHaveCount(6);
      await page.getByRole('button', { name: 'Sales rep rep@demo.local' }).click();
      await expect(page.getByLabel('E-mail')).toHaveValue('rep@demo.local');
      await expect(page.getByLabel('Password')).toHaveValue('demo-password');
      await snapshot(page, '01-login');
      await page.getByLabel('E-mail').fill('');
      await page.getByLabel('Password').fill('');
    });

    await test.step('signs in with the keyboard', async () => {
      await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
      // Management's home is the company overview; the KPI overview is one link away.
      await expect(page).toHaveURL(/\/company\?preset=last-12-months$/);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
      await expect(page).toHaveURL(/\/overview\?preset=last-12-months$/);
      await expect(page.getByRole('heading', { level: 1, name: 'KPI overview' })).toBeVisible();
      await expect(page.getByTestId('viewer')).toContainText('Management');
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    });

    await test.step('sees 18 tiles over the last 12 months, each with figures', async () => {
      await waitForTiles(page);
      await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();
      const headings = page.locator('section.stage-group h2');
      await expect(headings).toHaveText([
        'Suspect',
        'Prospect',
        'Opportunity',
        'Won',
        'Onboarded',
        'Paid out',
        'Customer voice & activity',
      ]);
      const values = page.locator('sd-kpi-tile [data-testid="kpi-value"]');
      await expect(values).toHaveCount(36);
      for (const text of await values.allInnerTexts()) {
        expect(text.trim()).not.toBe('—');
      }
      await expect(page.locator('sd-kpi-tile [data-testid="kpi-n"]').first()).toContainText(/n = [\d,]+/);
      // Every KPI but quota attainment (judged through the won volume's pace) has a demo corridor per
      // model; the same KPI is judged differently in the two models.
      const statuses = page.locator('sd-kpi-tile sd-kpi-status');
      await expect(statuses).toHaveCount(36);
      const judged = await statuses.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-status')));
      await expect(
        page.locator('article:not([data-kpi="QUOTA_ATTAINMENT"]) sd-kpi-status[data-status="NO_RANGE"]'),
      ).toHaveCount(0);
      expect(new Set(judged.filter((status) => status !== 'NO_RANGE'))).toEqual(
        new Set(['ACCEPTABLE', 'TOLERATED', 'UNACCEPTABLE']),
      );
      const premium = page.locator('sd-kpi-tile li[data-model="PREMIUM_FINANCING"] sd-kpi-status');
      const consumer = page.locator('sd-kpi-tile li[data-model="CONSUMER_LOANS"] sd-kpi-status');
      const byModel = async (locator: typeof premium) =>
        locator.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-status')));
      expect(await byModel(premium)).not.toEqual(await byModel(consumer));
      await expect(page.locator('sd-sparkline canvas').first()).toBeVisible();
      await snapshot(page, '02-overview-last-12-months');
    });

    const yearLeads = await kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS').innerText();

    await test.step('switches to the last quarter: the URL and the figures change', async () => {
      await page.getByRole('radio', { name: 'Last quarter' }).check();
      await expect(page).toHaveURL(/[?&]preset=last-quarter\b/);
      await waitForTiles(page);
      await expect(kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS')).not.toHaveText(yearLeads);
      await snapshot(page, '03-overview-last-quarter');
    });

    const from = monthStart(-8);
    const to = monthEnd(-6);
    const quarterLeads = await kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS').innerText();

    await test.step('chooses a custom period, rejecting an end before the start', async () => {
      await page.getByRole('radio', { name: 'Custom' }).check();
      await page.getByLabel('From', { exact: true }).fill(to);
      await page.getByLabel('To', { exact: true }).fill(from);
      await page.getByLabel('To', { exact: true }).press('Enter');
      await expect(page.getByText('The end must not be before the start.')).toBeVisible();
      await expect(page).toHaveURL(/[?&]preset=last-quarter\b/);

      await page.getByLabel('From', { exact: true }).fill(from);
      await page.getByLabel('To', { exact: true }).fill(to);
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page).toHaveURL(new RegExp(`preset=custom&from=${from}&to=`));
      await waitForTiles(page);
      await expect(kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS')).not.toHaveText(quarterLeads);
      await snapshot(page, '04-overview-custom-period');
    });

    await test.step('filters one business model', async () => {
      await page.getByLabel('Business model').selectOption({ label: 'Consumer loans' });
      await expect(page).toHaveURL(/[?&]model=CONSUMER_LOANS\b/);
      await waitForTiles(page);
      await expect(page.locator('sd-kpi-tile li.row')).toHaveCount(18);
      await expect(page.locator('sd-kpi-tile li.row[data-model="PREMIUM_FINANCING"]')).toHaveCount(0);
      await expect(page.getByTestId('overview-subtitle')).toContainText('Consumer loans');
      await snapshot(page, '05-overview-consumer-loans');
    });

    const filteredUrl = page.url();
    const filteredLeads = await kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS').innerText();

    await test.step('a reload keeps the session and the view', async () => {
      await page.reload();
      await expect(page).toHaveURL(filteredUrl);
      await waitForTiles(page);
      await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked();
      await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
      await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
      await expect(page.getByLabel('Business model')).toHaveValue('CONSUMER_LOANS');
      await expect(kpiValue(page, 'NEW_LEADS', 'CONSUMER_LOANS')).toHaveText(filteredLeads);
      await snapshot(page, '06-overview-after-reload');
    });

    await test.step('signs out', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByTestId('viewer')).toHaveCount(0);
      await page.goto('/');
      await expect(page).toHaveURL(/\/login$/);
      await snapshot(page, '07-signed-out');
    });

    expect(consoleErrors).toEqual([]);
  });

  test('a wrong password shows the generic error', async ({ page }) => {
    await page.goto('/login');
    await signIn(page, MANAGEMENT.email, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('E-mail or password is wrong.');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('Password')).toBeFocused();
    await expect(page.getByLabel('Password')).toHaveValue('');
    await snapshot(page, '08-login-wrong-password');
  });

  test('a reload keeps the session: the token lives in memory and comes back through the refresh cookie', async ({
    page,
  }) => {
    await page.goto(OVERVIEW_LOGIN);
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await waitForTiles(page);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'sd_refresh')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    await page.reload();
    await waitForTiles(page);
    await expect(page).toHaveURL(/\/overview/);
  });

  test('a session ended elsewhere leads back to the login page at the next request', async ({ page }) => {
    await page.goto(OVERVIEW_LOGIN);
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await waitForTiles(page);
    // Signing out in another tab of this browser: same cookies, the page here still holds its token.
    await page.evaluate(async () => {
      const csrf = document.cookie.match(/(?:^|; )sd_csrf=([^;]*)/)?.[1] ?? '';
      await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
    });
    await page.getByRole('link', { name: 'Company' }).click();
    // The company page may have written its period into the URL before its request met the ended session.
    await expect(page).toHaveURL(/\/login\?expired=1&returnUrl=%2Fcompany(%3Fpreset%3Dlast-12-months)?$/);
    await expect(page.getByText('Your session has expired. Please sign in again.')).toBeVisible();
    await snapshot(page, '09-session-expired');
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await expect(page).toHaveURL(/\/company\?preset=last-12-months$/);
  });

  test('works with the keyboard alone: skip link, period presets, model filter', async ({ page }) => {
    await page.goto(OVERVIEW_LOGIN);
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await waitForTiles(page);
    // A new page moves focus to its content.
    await expect(page.getByRole('main')).toBeFocused();

    // After a (re)load the skip link is the first stop.
    await page.reload();
    await waitForTiles(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'Last quarter' })).toBeChecked();
    await expect(page).toHaveURL(/[?&]preset=last-quarter\b/);
    await waitForTiles(page);

    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Business model')).toBeFocused();
    await snapshot(page, '11-keyboard-focus');
  });

  test('the overview fits a 360 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(OVERVIEW_LOGIN);
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await waitForTiles(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snapshot(page, '10-overview-360px');
  });
});
