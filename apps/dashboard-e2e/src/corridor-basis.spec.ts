import { type Browser, expect, type Page, test } from '@playwright/test';
import { monthStart, signIn, snapshot } from './support/dashboard';

const CONTROLLING = { email: 'controlling@demo.local', password: 'demo-password' };
const KPI = 'NEW_LEADS';
const MODEL = 'CONSUMER_LOANS';
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * February 1st two years ahead: the new version is scheduled, so no month judged today (which the
 * other specs assert on the shared server) changes its status or its corridor version.
 */
function scheduledDate(): string {
  return `${new Date().getUTCFullYear() + 2}-02-01`;
}

/** "Oct 2026" for the first day of a month. */
function monthName(isoDate: string): string {
  return MONTH.format(new Date(`${isoDate}T00:00:00Z`));
}

async function signedInPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await signIn(page, CONTROLLING.email, CONTROLLING.password);
  // The home keeps its period and model filter in the query.
  await expect(page).toHaveURL(/\/corridors(\?|$)/);
  return page;
}

function bounds(page: Page) {
  return Promise.all(
    ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'].map((field) =>
      page.getByTestId(`field-${field}`).inputValue(),
    ),
  );
}

/**
 * The done-when for the editor: controlling switches the basis of a count KPI (new leads of
 * consumer loans, judged per rep and month in the demo) to a share of the target to date, reads the
 * impact preview, and publishes; a back-dated date first names the months it would re-judge and asks.
 */
test.describe('Corridor basis', () => {
  test('controlling switches a count KPI to a share of target, previews the impact and publishes', async ({
    browser,
  }) => {
    const page = await signedInPage(browser);
    let version = 0;

    await test.step('the matrix words the demo corridor per rep and month', async () => {
      await page.getByTestId('corridors-edit-link').click();
      await expect(page).toHaveURL(/\/corridors\/edit(\?|$)/);
      const cell = page.locator(`tr[data-kpi="${KPI}"] td[data-model="${MODEL}"]`);
      await expect(cell.getByTestId('cell-description')).toHaveText(
        'acceptable ≥ 22 per rep and month, tolerated ≥ 18',
      );
      await snapshot(page, 'corridor-basis-01-matrix');
      await cell.getByRole('link', { name: 'Edit the corridor of New leads for Consumer loans' }).click();
      await expect(page.getByTestId('editor-heading')).toBeFocused();
    });

    await test.step('the editor starts from the current basis, explained, and draws the judged value', async () => {
      const current = page.getByTestId('editor-current-version');
      await expect(current).toHaveText(/version \d+/);
      version = Number(/version (\d+)/.exec(await current.innerText())?.[1]);
      const choice = page.getByRole('group', { name: 'What the bands judge' });
      await expect(choice.getByRole('radio')).toHaveCount(3);
      await expect(choice.getByRole('radio', { name: 'Per rep and month' })).toBeChecked();
      await expect(choice.getByRole('radio', { name: 'Share of the target to date' })).toHaveAccessibleDescription(
        /100 % = exactly on plan/,
      );
      expect(await bounds(page)).toEqual(['22', '', '18', '']);
      await expect(page.locator('#chart-title')).toHaveText(
        'Last 24 months, whole company, judged per rep and month, with the draft bands',
      );
      await expect(page.getByTestId('draft-chart').locator('canvas')).toBeVisible();
      await expect(page.getByTestId('draft-chart')).toHaveAttribute(
        'aria-label',
        /^New leads per rep and month, Consumer loans: trend from .+ to .+ \(to date\)/,
      );
      await expect(page.getByTestId('impact-summary')).toContainText('The draft changes no status');
      await snapshot(page, 'corridor-basis-02-per-rep-month');
    });

    await test.step('with the keyboard, the share of target is chosen: the bounds are cleared and it says so', async () => {
      await page.getByRole('radio', { name: 'Per rep and month' }).focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: 'Share of the target to date' })).toBeChecked();
      // The radio is checked before the form has re-rendered its bounds: wait for them.
      await expect.poll(() => bounds(page)).toEqual(['', '', '', '']);
      await expect(page.getByTestId('basis-message')).toHaveText(
        'The four bounds were cleared: bounds per rep and month mean nothing as a share of the target to date. Switch back before typing a bound to get them back.',
      );
      await expect(page.getByRole('group', { name: /^Acceptable band/ })).toContainText('% of target to date');
      await expect(page.locator('#chart-title')).toContainText('judged as a share of the target to date');
      await snapshot(page, 'corridor-basis-03-share-of-target');
    });

    await test.step('bands in % of target: the preview counts before and after and names the judged values', async () => {
      await page.getByTestId('field-acceptableMin').fill('100');
      await page.getByTestId('field-toleratedMin').fill('80');
      const summary = page.getByTestId('impact-summary');
      await expect(summary).toHaveText(
        /The draft changes the status of [\d,]+ of [\d,]+ team months and [1-9][\d,]* of/,
      );
      const reps = page.getByTestId('impact-reps');
      await expect(reps.locator('tbody tr').first()).toBeVisible();
      await expect(reps.locator('thead')).toContainText('Before');
      await page.getByTestId('impact-filter-REP').click();
      const changes = page.getByTestId('impact-changes');
      await expect(changes.locator('thead')).toContainText('Judged by the draft');
      const first = changes.locator('tbody tr[data-scope="REP"]').first();
      await expect(first.getByTestId('impact-judged')).toHaveText(/^\d[\d,]*\.\d% of target$/);
      await snapshot(page, 'corridor-basis-04-preview');
    });

    await test.step('the suggestion works on the share of target and is one-sided for a KPI where higher is better', async () => {
      await page.getByTestId('suggest').click();
      const suggestion = page.getByTestId('suggestion-result');
      await expect(suggestion).toContainText('Team months judged as a share of the target to date.');
      await expect(page.getByTestId('suggestion-direction')).toHaveText(
        'Higher is better: only lower bounds are suggested.',
      );
      await expect(page.getByTestId('suggestion-bands')).toHaveText(
        /^Suggested: acceptable ≥ [\d.]+ % of target to date, tolerated ≥ [\d.]+ %$/,
      );
      await expect(page.getByTestId('field-acceptableMin')).toHaveValue('100');
    });

    await test.step('publishes, scheduled, and sees the new version with its basis in words', async () => {
      await page.getByTestId('field-effectiveFrom').fill(scheduledDate());
      await expect(page.getByTestId('scheduled-note')).toContainText('schedules the change');
      await expect(page.getByTestId('confirm-backdate')).toHaveCount(0);
      await page
        .getByLabel('Rationale (required)')
        .fill('Leads follow each team’s plan: judged against the target to date');
      await page.getByRole('button', { name: `Publish version ${version + 1}` }).click();
      await expect(page.getByTestId('editor-outcome')).toHaveText(`Published version ${version + 1}.`);
      await expect(page.getByTestId('editor-current-version')).toContainText(`version ${version + 1}, scheduled`);
      await expect(page.getByTestId('editor-current-description')).toHaveText(
        'acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
      );
      await expect(page.getByRole('radio', { name: 'Share of the target to date' })).toBeChecked();
      await expect(page.getByTestId('history-versions').locator('li').first()).toContainText(
        'acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
      );
      const audit = page.getByTestId('history-audit').locator('li').first();
      await expect(audit).toContainText('basis per rep and month → share of the target to date');
      await expect(audit).toContainText('bands now acceptable ≥ 100 % of target to date, tolerated ≥ 80 %');
      await snapshot(page, 'corridor-basis-05-published');
    });

    await test.step('a back-dated date names the months it re-judges and publishes nothing until confirmed', async () => {
      const [twoAgo, lastMonth, running] = [monthStart(-2), monthStart(-1), monthStart(0)];
      await page.getByTestId('field-effectiveFrom').fill(twoAgo);
      await expect(page.getByTestId('backdate-note')).toHaveText(
        `Back-dated: this version re-judges ${monthName(twoAgo)}, ${monthName(lastMonth)} and the running month ${monthName(running)}; the statuses shown for them so far will change.`,
      );
      const confirm = page.getByRole('checkbox', { name: 'I want to re-judge these past months' });
      await expect(confirm).not.toBeChecked();
      await page.getByLabel('Rationale (required)').fill('Should have applied since the autumn');
      await page.getByRole('button', { name: `Publish version ${version + 2}` }).click();
      await expect(page.locator('#ce-confirmBackDate-error')).toHaveText(
        'Tick the box to re-judge these months, or choose today or a later date.',
      );
      await expect(confirm).toBeFocused();
      await expect(page.getByTestId('editor-outcome')).toHaveCount(0);
      await expect(page.getByTestId('editor-current-version')).toContainText(`version ${version + 1}`);
      await snapshot(page, 'corridor-basis-06-backdate-confirmation');
    });
  });
});
