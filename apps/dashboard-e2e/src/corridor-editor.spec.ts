import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

const CONTROLLING = { email: 'controlling@demo.local', password: 'demo-password' };
const KPI = 'SALES_CYCLE_DAYS';
const MODEL = 'CONSUMER_LOANS';
const EDITOR_URL = `/corridors/edit?model=${MODEL}&kpi=${KPI}`;

/**
 * January 1st two years ahead: the new versions are scheduled, so no month judged today (which the
 * other specs assert on the shared server) changes its status or its corridor version.
 */
function scheduledDate(): string {
  return `${new Date().getUTCFullYear() + 2}-01-01`;
}

async function signedInPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await signIn(page, CONTROLLING.email, CONTROLLING.password);
  await expect(page).toHaveURL(/\/corridors(\?.*)?$/);
  return page;
}

/** The editor has loaded the series: returns the latest version it started from. */
async function editorVersion(page: Page): Promise<number> {
  const current = page.getByTestId('editor-current-version');
  await expect(current).toHaveText(/version \d+/);
  return Number(/version (\d+)/.exec(await current.innerText())?.[1]);
}

test.describe('Corridor editor', () => {
  test('controlling narrows a corridor, publishes it, and a stale editor is told about the conflict', async ({
    browser,
  }) => {
    const page = await signedInPage(browser);
    // Opened before the publish below: its editor starts from the version that is about to become stale.
    const stale = await signedInPage(browser);
    await stale.goto(EDITOR_URL);
    const staleVersion = await editorVersion(stale);

    await test.step('opens the matrix from the corridors overview', async () => {
      await page.getByTestId('corridors-edit-link').click();
      await expect(page).toHaveURL(/\/corridors\/edit$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Corridor editor' })).toBeVisible();
      const cell = page.locator(`tr[data-kpi="${KPI}"] td[data-model="${MODEL}"]`);
      await expect(cell.getByTestId('cell-description')).toHaveText(/^acceptable .+ days/);
      await expect(cell.getByTestId('cell-version')).toHaveText(/^Version \d+$/);
      await snapshot(page, 'corridor-editor-01-matrix');
      await cell.getByRole('link', { name: /^Edit the corridor of .+ for Consumer loans$/ }).click();
      await expect(page).toHaveURL(new RegExp(`model=${MODEL}&kpi=${KPI}`));
      await expect(page.getByTestId('editor-heading')).toBeFocused();
    });

    const version = await editorVersion(page);
    expect(version).toBe(staleVersion);
    const acceptableMin = page.getByTestId('field-acceptableMin');
    const acceptableMax = page.getByTestId('field-acceptableMax');
    const before = Number(await acceptableMax.inputValue());
    const narrowed = Math.floor((Number((await acceptableMin.inputValue()) || '0') + before) / 2);

    await test.step('narrows the acceptable band: the chart and the checks follow as it is typed', async () => {
      await expect(page.getByTestId('draft-chart').locator('canvas')).toBeVisible();
      await acceptableMax.fill('-5');
      await expect(page.locator('#ce-acceptableMax-error')).toBeVisible();
      await acceptableMax.fill(String(narrowed));
      await expect(page.locator('#ce-acceptableMax-error')).toHaveCount(0);
      await page.getByTestId('field-effectiveFrom').fill(scheduledDate());
      await expect(page.getByTestId('scheduled-note')).toContainText('schedules the change');
      await page.getByTestId('publish').click();
      await expect(page.locator('#ce-rationale-error')).toHaveText('Say why this corridor fits the business model.');
      await page.getByLabel('Rationale (required)').fill('Consumer loans close faster since the new scoring');
      await snapshot(page, 'corridor-editor-02-draft');
    });

    await test.step('publishes and sees the new version with its change in the history', async () => {
      await page.getByRole('button', { name: `Publish version ${version + 1}` }).click();
      await expect(page.getByTestId('editor-outcome')).toHaveText(`Published version ${version + 1}.`);
      await expect(page.getByTestId('editor-current-version')).toContainText(`version ${version + 1}`);
      // "1 day", "2 days": the unit agrees with the number.
      const change = new RegExp(`acceptable max ${String(before).replace('.', '\\.')} → ${narrowed} days?`);
      await expect(page.getByTestId('history-audit')).toContainText(change);
      await expect(page.getByTestId('history-audit')).toContainText('Consumer loans close faster');
      await snapshot(page, 'corridor-editor-03-published');
    });

    await test.step('the editor opened before sees the conflict, the current version and its own draft', async () => {
      await stale.getByTestId('field-toleratedMax').fill(String(before + 1));
      await stale.getByTestId('field-rationale').fill('A second opinion');
      await stale.getByTestId('publish').click();
      await expect(stale.getByTestId('editor-outcome')).toContainText(
        new RegExp(`Changed by .+ at .+ \\(version ${version + 1}\\) — review and retry`),
      );
      await expect(stale.getByTestId('editor-current-version')).toContainText(`version ${version + 1}`);
      await expect(stale.getByTestId('field-rationale')).toHaveValue('A second opinion');
      await snapshot(stale, 'corridor-editor-04-conflict');
    });
  });
});
