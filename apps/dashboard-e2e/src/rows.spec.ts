import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { kpiValue, MANAGEMENT, OVERVIEW_LOGIN, signIn, snapshot, waitForTiles } from './support/dashboard';

const MANAGER = { email: 'manager@demo.local', password: 'demo-password' };
const TEAM_NAME = 'North Private & Retail';

/** The whole number a text shows ("1,079 WON and LOST events" → 1079). */
function count(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/** An element's text, trimmed ("" without one). */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/** The number before a word in a text ("181 won · 898 lost", "won" → 181); 0 without one. */
function countBefore(word: string, text: string): number {
  return count(new RegExp(`([\\d,]+) ${word}`).exec(text)?.[1] ?? '0');
}

/** The rows page has loaded its rows (or said it has none), and nothing of an earlier view is still shown busy. */
async function waitForRows(page: Page): Promise<void> {
  await expect(page.getByTestId('rows-loading')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByTestId('rows-table').or(page.getByTestId('rows-empty'))).toBeVisible();
}

test('management drills from a tile to the deals behind it, down the organisation and into one deal', async ({
  page,
}) => {
  await page.goto(OVERVIEW_LOGIN);
  await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
  await waitForTiles(page);

  const tile = kpiValue(page, 'WIN_RATE', 'CONSUMER_LOANS');
  const tileValue = await textOf(tile);
  const tileN = count(
    await page
      .locator('article[data-kpi="WIN_RATE"] li[data-model="CONSUMER_LOANS"] [data-testid="kpi-n"]')
      .textContent(),
  );
  await test.step('every tile value shows its change against the previous period and last year', async () => {
    await expect(page.locator('article[data-kpi="WIN_RATE"] li[data-model="CONSUMER_LOANS"] .change')).toHaveCount(2);
    await expect(
      page.locator('article[data-kpi="WIN_RATE"] li[data-model="CONSUMER_LOANS"] [data-testid="kpi-change"]'),
    ).toContainText('pts vs previous period');
  });

  await test.step('the value opens exactly its rows, with the definition, the value and the split', async () => {
    await tile.getByRole('link').click();
    await expect(page).toHaveURL(/\/rows\/WIN_RATE\?/);
    await waitForRows(page);
    await expect(page.locator('h1')).toHaveText('Win rate: what the number counts');
    await expect(page.getByTestId('rows-value')).toHaveText(tileValue);
    expect(count(await page.getByTestId('rows-count').textContent())).toBe(tileN);
    await expect(page.getByTestId('rows-range')).toContainText(`of ${tileN.toLocaleString('en-US')}`);
    const split = await textOf(page.getByTestId('rows-split'));
    const [won, lost] = [countBefore('won', split), countBefore('lost', split)];
    expect(won + lost).toBe(tileN);
    expect((won / tileN) * 100).toBeCloseTo(Number.parseFloat(tileValue), 1);
    await expect(page.getByTestId('rows-table').locator('tbody tr')).toHaveCount(Math.min(50, tileN));
    await snapshot(page, 'rows-company-win-rate');
  });

  await test.step('down: a region, a team, a person — the path grows and every count is that scope’s', async () => {
    for (const level of ['Region', 'Team', 'Person']) {
      const below = page.getByTestId('rows-below');
      await expect(below.locator('thead th').first()).toHaveText(level);
      const first = below.locator('tbody tr').first();
      const name = await textOf(first.locator('th'));
      const n = count(await first.locator('td').nth(1).textContent());
      await first.getByRole('link').click();
      await waitForRows(page);
      await expect(page.locator('nav.crumbs [aria-current="page"]')).toHaveText(name);
      expect(count(await page.getByTestId('rows-count').textContent())).toBe(n);
    }
    await expect(page.locator('nav.crumbs li')).toHaveCount(4);
    await expect(page.getByTestId('rows-below')).toHaveCount(0);
    await snapshot(page, 'rows-rep-win-rate');
  });

  await test.step('a row’s deal opens its whole history', async () => {
    const firstRow = page.getByTestId('rows-table').locator('tbody tr').first();
    const dealId = await textOf(firstRow.locator('th a'));
    await firstRow.locator('th a').click();
    await expect(page).toHaveURL(new RegExp(`/deals/${dealId}$`));
    await expect(page.locator('h1')).toHaveText(`Deal ${dealId}`);
    await expect(page.getByTestId('deal-timeline').locator('tbody tr[data-kind="stage"]').first()).toBeVisible();
    await expect(page.getByTestId('deal-facts')).toContainText('Amount');
    await snapshot(page, 'deal-history');
  });
});

test('a sales manager opens a rep’s number from My teams: only that rep’s rows, oldest first on request, exported', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/teams/);
  const rows = page.locator('section.team').first().locator('table.reps tbody tr');
  await expect(rows.first()).toBeVisible();
  // The rep with the most activities this month, so there are rows to read.
  const activities = (await rows.locator('td[data-kpi="ACTIVITIES"] [data-testid="rep-value"]').allTextContents()).map(
    count,
  );
  const busiest = activities.indexOf(Math.max(...activities));
  expect(activities[busiest]).toBeGreaterThan(0);
  const row = rows.nth(busiest);
  const repName = await textOf(row.locator('th'));
  await row.locator('td[data-kpi="ACTIVITIES"] [data-testid="rep-value"]').getByRole('link').click();
  await waitForRows(page);
  expect(count(await page.getByTestId('rows-count').textContent())).toBe(activities[busiest]);
  await expect(page.locator('nav.crumbs li')).toHaveText([TEAM_NAME, repName]);
  const reps = await page.getByTestId('rows-table').locator('tbody td[data-column="rep"]').allTextContents();
  expect(reps.length).toBeGreaterThan(0);
  expect(reps.filter((text) => !text.trim().startsWith(repName))).toEqual([]);
  // Newest first by default; the column's header turns the order round.
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('When');
  await page.getByRole('button', { name: 'Sort by When' }).click();
  await expect(page).toHaveURL(/desc=false/);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('When');
  const download = page.waitForEvent('download');
  await page.getByTestId('rows-export').click();
  const bytes = readFileSync(await (await download).path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toContain('Deal,Customer,Rep');
  expect(lines).toHaveLength(activities[busiest] + 1);
  await snapshot(page, 'rows-manager-rep-activities');
});

test('on a 390 px phone the rows page and a deal fit the screen', async ({ browser }) => {
  // A page of its own context: axe (at each snapshot) opens a helper page in the same context.
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(OVERVIEW_LOGIN);
  await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
  await waitForTiles(page);
  await kpiValue(page, 'CSAT', 'CONSUMER_LOANS').getByRole('link').click();
  await waitForRows(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snapshot(page, 'rows-phone');
  await page.getByTestId('rows-table').locator('tbody th a').first().click();
  await expect(page.getByTestId('deal-timeline')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await snapshot(page, 'deal-phone');
  await page.close();
});
