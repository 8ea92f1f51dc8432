import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

const MANAGER = { email: 'manager@demo.local', password: 'demo-password' };
const REP = { email: 'rep@demo.local', password: 'demo-password' };
/** A rep of the demo manager's team. */
const REP_NAME = 'Leon Franke';
const TEAM_NAME = 'North Private & Retail';

/** A downloaded CSV: its first bytes and its lines after the byte order mark. */
async function csvOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bom: number[]; lines: string[] }> {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  return {
    name: file.suggestedFilename(),
    bom: [...bytes.subarray(0, 3)],
    lines: bytes.subarray(3).toString('utf8').split('\r\n'),
  };
}

test('a sales manager goes from My teams to a rep: KPIs against the team, the trend, the deals; both export', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/teams/);

  await test.step('My teams names the team and period, and exports the reps × KPIs shown', async () => {
    const team = page.locator('section.team').first();
    await expect(team.locator('table.reps caption')).toContainText(`Reps of ${TEAM_NAME}`);
    await expect(team.locator('table.reps caption')).toContainText(/, \w{3} \d+ – .*\d{4}/);
    await page.getByTestId('kpi-chooser').locator('summary').click();
    await page.getByTestId('kpi-chooser').getByLabel('New leads').check();
    await expect(team.locator('table.reps thead')).toContainText('New leads');
    const csv = await csvOf(page, () => team.getByTestId('team-export').click());
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.lines[0]).toBe(
      'Team,Rep,Rep id,Business model,KPI,Unit,Value,Status,Target,Target to date,Pace,Forecast,Sample size,From,Until',
    );
    const leon = csv.lines.filter((line) => line.startsWith(`${TEAM_NAME},${REP_NAME},`));
    // Six KPIs (five by default and new leads) in each of the two business models.
    expect(leon).toHaveLength(12);
    expect(leon.some((line) => line.includes(',New leads,COUNT,'))).toBe(true);
    await expect(page.getByTestId('team-export-status')).toHaveText(`Downloaded ${csv.name}.`);
    await snapshot(page, 'my-teams-kpis-chosen');
  });

  await test.step('the rep’s name opens the rep page', async () => {
    await page.getByRole('link', { name: REP_NAME, exact: true }).click();
    await expect(page).toHaveURL(/\/reps\/U-\d+/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(REP_NAME);
    await expect(page.getByTestId('rep-team')).toHaveText(`Team ${TEAM_NAME}`);
    const won = page.locator('tr[data-kpi="WON_VOLUME"][data-model="CONSUMER_LOANS"]');
    await expect(won.getByTestId('kpi-value')).toHaveText(/^€/);
    await expect(won.getByTestId('kpi-team')).toContainText('Team per rep');
    await expect(page.getByTestId('rep-trend')).toHaveAttribute('aria-label', /Won volume.*\(team per rep\): trend/);
  });

  await test.step('choosing another KPI draws its trend', async () => {
    await page.locator('tr[data-kpi="WIN_RATE"][data-model="CONSUMER_LOANS"] th button').click();
    await expect(page.getByTestId('rep-trend')).toHaveAttribute('aria-label', /Win rate, Consumer loans/);
  });

  await test.step('the deals that need action and the open pipeline, exported with every open deal', async () => {
    await expect(page.getByTestId('deal-actions')).toBeVisible();
    const summary = await page.getByTestId('pipeline-summary').textContent();
    const count = Number(/^(\d+) open deals/.exec(summary ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await expect(page.getByTestId('pipeline').locator('tbody tr')).toHaveCount(count);
    const csv = await csvOf(page, () => page.getByTestId('pipeline-export').click());
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.name).toMatch(/^pipeline-Leon-Franke-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.lines[0]).toBe(
      'Deal,Customer,Business model,Stage,Stage since,Created,Age (days),Amount (EUR),Last activity,No activity for 14 days',
    );
    // Header, one line per open deal, and the final line end.
    expect(csv.lines).toHaveLength(count + 2);
    await snapshot(page, 'rep-page');
  });
});

test('on a 390 px phone My teams shows each rep as a card and the rep page each KPI, every figure in view', async ({
  browser,
}) => {
  // A page of its own context: axe (at each snapshot) opens a helper page in the same context.
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto('/login');
  await signIn(page, MANAGER.email, MANAGER.password);
  await expect(page.locator('table.reps tbody tr').first()).toBeVisible();
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  const card = page.locator('table.reps tbody tr').first();
  for (const part of [
    card.locator('th a'),
    card.getByTestId('rep-value').first(),
    card.locator('sd-kpi-status').first(),
  ]) {
    const box = await part.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  }
  await snapshot(page, 'my-teams-phone');

  await page.getByRole('link', { name: REP_NAME, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REP_NAME);
  expect(await pageWidth()).toBeLessThanOrEqual(390);
  const row = page.locator('tr[data-kpi="WON_VOLUME"][data-model="CONSUMER_LOANS"]');
  for (const part of [
    row.locator('th'),
    row.getByTestId('kpi-value'),
    row.locator('sd-kpi-status'),
    row.getByTestId('kpi-team'),
    row.getByTestId('kpi-target'),
  ]) {
    const box = await part.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  }
  // A card labels each figure that a table's header named.
  await expect(row.getByTestId('kpi-team')).toHaveAttribute('data-label', 'Team');
  await snapshot(page, 'rep-page-phone');
});

test('a rep sees their trend against the team median and their own deals, and cannot open a rep page', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, REP.email, REP.password);
  await expect(page).toHaveURL(/\/me/);
  await expect(page.getByTestId('median-trend')).toHaveAttribute('aria-label', /^Won volume, .*\. Team median: /);
  await page.getByTestId('median-trend-kpi').selectOption({ label: 'Activities, Consumer loans' });
  await expect(page.getByTestId('median-trend')).toHaveAttribute(
    'aria-label',
    /^Activities, Consumer loans: .*Team median/,
  );
  await expect(page.getByTestId('pipeline-summary')).toContainText('open deals worth');
  await snapshot(page, 'my-performance-median-trend-and-deals');
  await page.setViewportSize({ width: 390, height: 844 });
  const row = page.locator('tr[data-kpi="WON_VOLUME"][data-model="CONSUMER_LOANS"]');
  for (const part of [
    row.locator('th'),
    row.getByTestId('kpi-value'),
    row.locator('sd-kpi-status'),
    row.getByTestId('team-median'),
    row.getByTestId('kpi-forecast'),
  ]) {
    const box = await part.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  }
  // The trend's canvas follows the new width a moment after the resize (ECharts' throttled auto-resize).
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/reps/U-0017');
  await expect(page).toHaveURL(/\/me/);
});
