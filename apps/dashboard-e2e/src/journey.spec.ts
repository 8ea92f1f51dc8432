import { expect, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

const MARKETING = { email: 'marketing@demo.local', password: 'demo-password' };
const MANAGEMENT = { email: 'management@demo.local', password: 'demo-password' };
const JOURNEY_LOGIN = '/login?returnUrl=%2Fjourney';

async function openJourney(page: Page, login: { email: string; password: string }): Promise<void> {
  await page.goto(JOURNEY_LOGIN);
  await signIn(page, login.email, login.password);
  await expect(page).toHaveURL(/\/journey/);
  await expect(page.getByTestId('funnel-loading')).toHaveCount(0);
  await expect(page.getByTestId('moments-loading')).toHaveCount(0);
  await expect(page.getByTestId('feedback-loading')).toHaveCount(0);
}

/** An attribute of an element ("" without it). */
async function attributeOf(locator: ReturnType<Page['locator']>, name: string): Promise<string> {
  return (await locator.getAttribute(name)) ?? '';
}

/** The reached figures of a funnel panel's table, as numbers, first stage first. */
async function reached(panel: ReturnType<Page['locator']>): Promise<number[]> {
  const texts = await panel.getByTestId('funnel-reached').allInnerTexts();
  return texts.map((text) => Number(text.replace(/,/g, '')));
}

test('marketing reads the funnel and the moments, flags a moment, and follows a negative feedback to its deal', async ({
  page,
}) => {
  await openJourney(page, MARKETING);

  await test.step('the funnel of each business model, with the cohort it follows', async () => {
    await expect(page.getByTestId('funnel-cohort')).toHaveText(/^Deals created .+, followed up to today$/);
    const panels = page.getByTestId('funnel-panel');
    await expect(panels).toHaveCount(2);
    for (const panel of await panels.all()) {
      await expect(panel.locator('sd-funnel-bars')).toHaveAttribute('aria-label', /^Funnel of .+: Suspect [\d,]+, /);
      const figures = await reached(panel);
      expect(figures).toHaveLength(7);
      expect(figures[0]).toBeGreaterThan(0);
      // A funnel only narrows.
      expect([...figures].sort((a, b) => b - a)).toEqual(figures);
      await expect(panel.getByTestId('funnel-totals')).toContainText(/Cohort [\d,]+ · lost [\d,]+ · defaulted [\d,]+/);
    }
  });

  const heatmap = page.getByTestId('moments-chart');
  await test.step('the heatmap of one model, and another metric', async () => {
    await expect(heatmap).toHaveAttribute(
      'aria-label',
      /^Heatmap of CSAT mean, .+: \d+ moments with feedback\. Lowest CSAT: /,
    );
    await expect(page.getByTestId('moments-legend')).toContainText('fewer than 5 responses');
    await snapshot(page, 'journey-marketing');
    await page.getByTestId('moments-metric').getByLabel('Negative-moment rate').check();
    await expect(heatmap).toHaveAttribute('aria-label', /^Heatmap of Negative-moment rate, .+Highest negative rate: /);
    await expect(page.getByTestId('weakest-headline').first()).toHaveText(
      /^CSAT \d\.\d \((.+ vs previous period|no previous period figure)\)$/,
    );
  });

  const reason = `E2E check ${Date.now()}: callbacks after onboarding decide renewals`;
  let moment = '';
  await test.step('flags a moment with a reason in the dialog and sees it among the moments that matter', async () => {
    await page.getByTestId('moments-table-toggle').locator('summary').click();
    const row = page
      .getByTestId('moments-table')
      .locator('tbody tr')
      .filter({
        has: page.getByTestId('moment-flag-toggle').getByText('Flag', { exact: true }),
      });
    moment = await attributeOf(row.first(), 'data-moment');
    expect(moment).not.toBe('');
    // By its moment: once flagged the row no longer matches the filter above.
    const target = page.getByTestId('moments-table').locator(`tr[data-moment="${moment}"]`);
    const toggle = target.getByTestId('moment-flag-toggle');
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: 'Flag a moment that matters' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('flag-reason')).toBeFocused();

    // Escape closes it and gives the focus back.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(toggle).toBeFocused();

    await toggle.press('Enter');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('flag-reason').fill('ok');
    await dialog.getByTestId('flag-submit').click();
    await expect(dialog.getByTestId('flag-reason-error')).toHaveText('Give a reason of at least 3 characters.');
    await expect(dialog.getByTestId('flag-reason')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByTestId('flag-reason').fill(reason);
    await dialog.getByTestId('flag-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('moments-done')).toHaveText(/^Flagged .+\.$/);

    const flag = page.getByTestId('flags-list').locator(`li[data-moment="${moment}"]`);
    await expect(flag).toContainText(reason);
    await expect(flag).toContainText(/Flagged by .+ on /);
    await expect(target).toContainText('⚑ Flagged');
    await expect(toggle).toHaveText('Unflag');
    await expect(toggle).toBeFocused();
    await snapshot(page, 'journey-moment-flagged');
  });

  let feedbackId = '';
  let dealId = '';
  await test.step('filters the feedback to negative, not recovered', async () => {
    const filters = page.getByTestId('feedback-filters');
    await filters.getByTestId('feedback-csat-max').selectOption('2');
    await filters.getByTestId('feedback-recovery').selectOption('NOT_RECOVERED');
    // Applied with the keyboard: the form's submit button.
    await filters.getByTestId('feedback-apply').press('Enter');
    await expect(page).toHaveURL(/fbRecovery=NOT_RECOVERED/);
    await expect(page).toHaveURL(/fbCsatMax=2/);
    await expect(page.getByTestId('feedback-range')).toHaveText(/^Rows 1–\d+ of [\d,]+$/);
    const rows = page.getByTestId('feedback-table').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    for (const cell of await page.getByTestId('feedback-recovery-cell').allInnerTexts()) {
      expect(cell).toBe('Not recovered yet');
    }
    for (const csat of await page.getByTestId('feedback-csat').allInnerTexts()) {
      expect(csat).toMatch(/^[12] \/ 5\s*Negative$/);
    }
    feedbackId = await attributeOf(rows.first(), 'data-feedback');
    dealId = await attributeOf(rows.first(), 'data-deal');
    expect(feedbackId).not.toBe('');
    await page.getByTestId('feedback-panel').scrollIntoViewIfNeeded();
    await snapshot(page, 'journey-feedback-negative');
  });

  await test.step('opens the deal of a feedback: the feedback is there, marked negative', async () => {
    await page
      .getByTestId('feedback-table')
      .locator(`tr[data-feedback="${feedbackId}"]`)
      .getByTestId('feedback-deal')
      .click();
    await expect(page).toHaveURL(new RegExp(`/deals/${dealId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Deal ${dealId}`);
    const entry = page.getByTestId('deal-timeline').locator(`tr[data-entry="${feedbackId}"]`);
    await expect(entry).toHaveAttribute('data-kind', /feedback/i);
    await expect(entry).toContainText('negative');
    await snapshot(page, 'journey-feedback-deal');
  });

  await test.step('back on the journey the filters still apply; the flag is removed again', async () => {
    await page.goBack();
    await expect(page).toHaveURL(/fbRecovery=NOT_RECOVERED/);
    await expect(page.getByTestId('feedback-recovery')).toHaveValue('NOT_RECOVERED');
    const unflag = page.getByTestId('flags-list').locator(`li[data-moment="${moment}"]`).getByTestId('flags-unflag');
    await unflag.click();
    const dialog = page.getByRole('dialog', { name: 'Remove the flag' });
    await expect(dialog).toContainText(reason);
    await dialog.getByTestId('flag-reason').fill('E2E check done: flag removed');
    await dialog.getByTestId('flag-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('moments-done')).toHaveText(/^Removed the flag of .+\.$/);
    await expect(page.getByTestId('moments-that-matter').locator(`li[data-moment="${moment}"]`)).toHaveCount(0);
  });
});

test('management compares the funnels of the two business models, then the period against the previous one', async ({
  page,
}) => {
  await openJourney(page, MANAGEMENT);
  const panels = page.getByTestId('funnel-panel');

  await test.step('two business models side by side, both with their numbers', async () => {
    await expect(page.getByTestId('funnel-compare').getByLabel('Business models side by side')).toBeChecked();
    await expect(panels).toHaveCount(2);
    await expect(panels.locator('h3')).toHaveText(['Consumer loans', 'Premium financing']);
    const [premium, consumer] = [await reached(panels.nth(0)), await reached(panels.nth(1))];
    expect(premium[0]).toBeGreaterThan(0);
    expect(consumer[0]).toBeGreaterThan(0);
    // Side by side: the second panel starts level with the first, to its right.
    const [left, right] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
    expect(right && left && right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2).toBe(true);
    await page.getByTestId('journey-funnel').scrollIntoViewIfNeeded();
    await snapshot(page, 'journey-management-models');
  });

  await test.step('this period against the previous one, for one model', async () => {
    await page.getByTestId('funnel-compare').getByLabel('This period against the previous one').check();
    await expect(panels).toHaveCount(2);
    await expect(panels.nth(0).locator('h3')).toHaveText(/\d{4}$/);
    await expect(panels.nth(1).locator('h3')).toHaveText(/\d{4}$/);
    await expect(page.getByTestId('funnel-cohort')).toHaveText(/^Consumer loans: deals created /);
    expect((await reached(panels.nth(1)))[0]).toBeGreaterThan(0);
    await page.getByTestId('funnel-model').selectOption('PREMIUM_FINANCING');
    await expect(page.getByTestId('funnel-cohort')).toHaveText(/^Premium financing: deals created /);
    await snapshot(page, 'journey-management-previous');
  });
});

test('on a 390 px phone the journey page has no horizontal overflow; the funnels stack', async ({ browser }) => {
  // A page of its own context: axe (at each snapshot) opens a helper page in the same context.
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await openJourney(page, MANAGEMENT);
  await expect(page.getByTestId('moments-chart')).toBeVisible();
  await expect(page.getByTestId('feedback-table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const panels = page.getByTestId('funnel-panel');
  const [top, bottom] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
  expect(top && bottom && bottom.y >= top.y + top.height).toBe(true);
  await snapshot(page, 'journey-phone');
  await page.close();
});
