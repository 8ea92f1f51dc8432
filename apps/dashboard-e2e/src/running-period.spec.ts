import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

/**
 * Running periods on the homes (docs/kpis.md#running-periods): the demo data is generated relative to today, so
 * these checks hold on any day — early in a month "This month" is too early to tell (under 20 %
 * elapsed), and then last month's final verdicts show that pace is real.
 */
const PACES = ['On track', 'Behind', 'At risk', 'Too early to tell'] as const;
const VERDICTS = ['ON_TRACK', 'BEHIND', 'AT_RISK'];
const STATUSES = ['ACCEPTABLE', 'TOLERATED', 'UNACCEPTABLE', 'INSUFFICIENT_DATA', 'NO_RANGE', 'NO_DATA'] as const;

/** The home has loaded its figures for the period in the URL: no skeleton, nothing busy. */
async function waitForFigures(page: Page): Promise<void> {
  await expect(page.getByTestId('home-loading')).toHaveCount(0);
  await expect(page.getByTestId('home-error')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('sd-kpi-status').first()).toBeVisible();
}

/** How many statuses of each kind the page shows, also written to the test's output. */
async function countStatuses(page: Page, label: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const status of STATUSES) {
    counts[status] = await page.locator(`sd-kpi-status[data-status="${status}"]`).count();
  }
  const paces: Record<string, number> = {};
  for (const pace of ['ON_TRACK', 'BEHIND', 'AT_RISK', 'TOO_EARLY']) {
    paces[pace] = await page.locator(`sd-kpi-pace[data-pace="${pace}"]`).count();
  }
  console.log(`${label}: statuses ${JSON.stringify(counts)}, paces ${JSON.stringify(paces)}`);
  return counts;
}

/** The pace texts shown inside a part of the page. */
async function paceTexts(scope: Locator): Promise<string[]> {
  return (await scope.locator('sd-kpi-pace .label').allInnerTexts()).map((text) => text.trim());
}

/**
 * Every rep's won volume: its status and, from the status popover, the share of the target to
 * date the corridor judged ("Judged: 104% of target to date").
 */
async function repWonVolumes(page: Page): Promise<{ rep: string; status: string; share: number | null }[]> {
  const cells = page.locator('table.reps tbody tr td[data-kpi="WON_VOLUME"]');
  const result: { rep: string; status: string; share: number | null }[] = [];
  for (let index = 0; index < (await cells.count()); index++) {
    const cell = cells.nth(index);
    const badge = cell.locator('sd-kpi-status');
    const button = badge.locator('button');
    const popover = badge.getByRole('tooltip');
    // The popover closes on scroll, and focusing a badge below the fold scrolls it into view: again.
    await badge.scrollIntoViewIfNeeded();
    await expect(async () => {
      await button.blur();
      await button.focus();
      await expect(popover).toBeVisible({ timeout: 1_000 });
    }).toPass();
    const judged = /Judged: ([\d,.]+)% of target to date/.exec(await popover.innerText());
    await button.blur();
    result.push({
      rep: await cell.locator('xpath=..').locator('th').innerText(),
      status: (await badge.getAttribute('data-status')) ?? '',
      share: judged ? Number(judged[1].replace(/,/g, '')) : null,
    });
  }
  return result;
}

async function expectNoRepAtTargetUnacceptable(page: Page, label: string): Promise<void> {
  const reps = await repWonVolumes(page);
  console.log(`${label}: reps' won volume ${JSON.stringify(reps)}`);
  expect(reps.length).toBeGreaterThan(0);
  for (const rep of reps) {
    if (rep.share !== null && rep.share >= 100) {
      expect(rep.status, `${rep.rep} is at ${rep.share}% of the target to date`).not.toBe('UNACCEPTABLE');
    }
  }
}

test('the sales manager sees this month’s pace and a mix of statuses; the period lives in the URL', async ({
  page,
}) => {
  await page.goto('/login');
  await signIn(page, 'manager@demo.local', 'demo-password');
  await expect(page).toHaveURL(/\/teams\?preset=this-month$/);
  await waitForFigures(page);
  await expect(page.getByRole('radio', { name: 'This month' })).toBeChecked();
  await expect(page.getByTestId('home-subtitle')).toContainText(/^This month: .*, so far to |^This month: /);
  await expect(page.getByTestId('period-progress')).toBeVisible();

  await test.step('pace for the team and each rep, a mix of statuses, no rep on target reads Unacceptable', async () => {
    const team = page.locator('sd-kpi-matrix');
    const reps = page.locator('table.reps');
    const teamPaces = await paceTexts(team);
    const repPaces = await paceTexts(reps);
    // In the team's matrix a pace too early to tell is said once, by the status ("Too early to judge").
    const teamTooEarly = await team.locator('sd-kpi-status[data-too-early]').count();
    expect(teamPaces.length + teamTooEarly).toBeGreaterThan(0);
    expect(repPaces.length).toBeGreaterThan(0);
    for (const pace of [...teamPaces, ...repPaces]) {
      expect(PACES).toContain(pace);
    }
    const counts = await countStatuses(page, 'manager, this month');
    expect(Object.values(counts).filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);
    await expect(page.getByText('Behind target')).toHaveCount(0);
    await expectNoRepAtTargetUnacceptable(page, 'manager, this month');
    await snapshot(page, 'running-period-01-manager-this-month');
  });

  await test.step('last month has ended: its paces are final verdicts', async () => {
    await page.getByRole('radio', { name: 'Last month' }).check();
    await expect(page).toHaveURL(/preset=last-month/);
    await waitForFigures(page);
    const verdicts = await page
      .locator('sd-kpi-pace[data-pace]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-pace')));
    expect(verdicts.some((pace) => VERDICTS.includes(pace ?? ''))).toBe(true);
    expect(verdicts).not.toContain('TOO_EARLY');
    await expect(page.getByTestId('period-progress')).toHaveCount(0);
    await countStatuses(page, 'manager, last month');
    await expectNoRepAtTargetUnacceptable(page, 'manager, last month');
    await snapshot(page, 'running-period-02-manager-last-month');
  });

  await test.step('switching to the last 12 months updates the URL and the subtitle; a reload keeps it', async () => {
    await page.getByRole('radio', { name: 'Last 12 months' }).check();
    await expect(page).toHaveURL(/\/teams\?preset=last-12-months$/);
    await waitForFigures(page);
    const subtitle = page.getByTestId('home-subtitle');
    await expect(subtitle).toContainText('Last 12 months: ');
    await expect(subtitle).not.toContainText('so far');
    const shown = await subtitle.innerText();
    await countStatuses(page, 'manager, last 12 months');
    await expectNoRepAtTargetUnacceptable(page, 'manager, last 12 months');
    await snapshot(page, 'running-period-03-manager-last-12-months');

    await page.reload();
    await expect(page).toHaveURL(/\/teams\?preset=last-12-months$/);
    await waitForFigures(page);
    await expect(page.getByRole('radio', { name: 'Last 12 months' })).toBeChecked();
    await expect(subtitle).toHaveText(shown);

    await page.goBack();
    await expect(page).toHaveURL(/preset=last-month/);
    await expect(page.getByRole('radio', { name: 'Last month' })).toBeChecked();
  });
});

/**
 * The rep's first headline forecast of this month, this quarter or the year so far: a forecast shows
 * while a period runs, and one of them has begun long enough to have one on any day.
 */
async function firstForecast(page: Page): Promise<string> {
  for (const preset of ['This month', 'This quarter', 'Year to date']) {
    await page.getByRole('radio', { name: preset }).check();
    await waitForFigures(page);
    const shown = page.getByTestId('headline-forecast');
    if ((await shown.count()) > 0) {
      return shown.first().innerText();
    }
  }
  return '';
}

test('the rep sees pace, target to date and a forecast on My performance', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'rep@demo.local', 'demo-password');
  await expect(page).toHaveURL(/\/me\?preset=this-month$/);
  await waitForFigures(page);
  const headline = page.getByTestId('headline').first();
  await expect(headline.getByTestId('headline-pace')).toBeVisible();
  expect(PACES).toContain((await headline.locator('sd-kpi-pace .label').innerText()).trim());
  await expect(headline.getByTestId('headline-volume')).toContainText(/Won .* target/);
  await countStatuses(page, 'rep, this month');
  await expect(page.getByText('Behind target')).toHaveCount(0);
  await snapshot(page, 'running-period-04-rep-this-month');

  const forecast = await firstForecast(page);
  expect(forecast).toMatch(/^Forecast €[\d.,]+[KM]? of €[\d.,]+[KM]?$/);
  await expect(page.locator('table.kpis [data-testid="kpi-pace"] sd-kpi-pace').first()).toBeVisible();
  await snapshot(page, 'running-period-05-rep-forecast');

  await page.getByRole('radio', { name: 'Last 12 months' }).check();
  await waitForFigures(page);
  await countStatuses(page, 'rep, last 12 months');
});

test('management changes the period and the model on Company: the URL and the figures follow', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'management@demo.local', 'demo-password');
  await expect(page).toHaveURL(/\/company\?preset=last-12-months$/);
  await waitForFigures(page);
  await countStatuses(page, 'management, last 12 months');
  const wonVolume = page.locator(
    '[data-testid="company-by-model"] tr[data-kpi="WON_VOLUME"] td[data-column="CONSUMER_LOANS"] [data-testid="matrix-value"]',
  );
  const yearVolume = await wonVolume.innerText();
  await expect(page.getByTestId('region-model-note')).toContainText('the first business model with data');
  await snapshot(page, 'running-period-06-company-last-12-months');

  await page.getByRole('radio', { name: 'This quarter' }).check();
  await expect(page).toHaveURL(/\/company\?preset=this-quarter$/);
  await waitForFigures(page);
  await expect(wonVolume).not.toHaveText(yearVolume);
  await expect(page.getByTestId('home-subtitle')).toContainText('This quarter: ');
  await expect(page.locator('[data-testid="company-by-model"] sd-kpi-pace').first()).toBeVisible();

  await page.getByLabel('Business model', { exact: true }).selectOption({ label: 'Premium financing' });
  await expect(page).toHaveURL(/\/company\?preset=this-quarter&model=PREMIUM_FINANCING$/);
  await waitForFigures(page);
  await expect(page.locator('[data-testid="company-by-model"] thead th')).toHaveText(['KPI', 'Premium financing']);
  await expect(page.getByTestId('region-model-note')).toHaveCount(0);
  await expect(page.locator('[data-testid="company-by-region"] caption')).toHaveText(
    'Every KPI by region for Premium financing',
  );
  // Every region's figures come from one kpiValuesByScope request.
  const regionLeads = page.locator(
    '[data-testid="company-by-region"] tr[data-kpi="NEW_LEADS"] [data-testid="matrix-value"]',
  );
  await expect(regionLeads).toHaveCount((await page.locator('[data-testid="company-by-region"] thead th').count()) - 1);
  for (const cell of await regionLeads.all()) {
    await expect(cell).toHaveText(/^\d/);
  }
  await expect(page.getByTestId('home-subtitle')).toContainText('· Premium financing');
  await snapshot(page, 'running-period-07-company-this-quarter-premium');

  await page.goto('/company?preset=this-month');
  await waitForFigures(page);
  await countStatuses(page, 'management, this month');
});

for (const role of ['controlling', 'marketing', 'admin']) {
  test(`${role}: statuses on the home for this month and the last 12 months`, async ({ page }) => {
    await page.goto('/login');
    await signIn(page, `${role}@demo.local`, 'demo-password');
    await expect(page).toHaveURL(/\?preset=last-12-months$/);
    await waitForFigures(page);
    await countStatuses(page, `${role}, last 12 months`);
    await page.getByRole('radio', { name: 'This month' }).check();
    await expect(page).toHaveURL(/\?preset=this-month$/);
    await waitForFigures(page);
    await countStatuses(page, `${role}, this month`);
    await snapshot(page, `running-period-08-${role}-this-month`);
  });
}
