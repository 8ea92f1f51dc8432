import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { graphql, monthStart, signIn, snapshot } from './support/dashboard';

const MANAGER = { email: 'manager@demo.local', password: 'demo-password' };
const REP = { email: 'rep@demo.local', password: 'demo-password' };
/** rep@demo.local, in the demo manager's team. */
const REP_NAME = 'Lukas Brandt';
const OTHER_REP = 'Amélie Hoffmann';
const TEAM_SIZE = 6;

const NEXT_MONTH = monthStart(1).slice(0, 7);
const NEXT_MONTH_LABEL = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${NEXT_MONTH}-01T00:00:00Z`),
);
// Different on every run, so a rerun against the same server changes the targets again.
const PER_REP = 40_000 + (Date.now() % 1000);
const ADJUSTED = PER_REP + 5_000;
const euros = (value: number) => `€${value.toLocaleString('en-US')}`;
const ADMIN = { email: 'admin@demo.local', password: 'demo-password' };
/** A rep of the team whose name the export test makes look like a formula, restored afterwards. */
const RENAMED_REP = 'Niklas van Dijk';
const FORMULA_NAME = '=HYPERLINK("http://example.com")';

/** Renames a user (found by their current name) as the demo administrator. */
async function rename(request: APIRequestContext, from: string, to: string): Promise<void> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    ADMIN,
  );
  const { adminUsers } = await graphql<{
    adminUsers: {
      users: { id: string; email: string; displayName: string; role: string; team: { id: string } | null }[];
    };
  }>(
    request,
    'query ($filter: AdminUserFilter) { adminUsers(filter: $filter) { users { id email displayName role team { id } } } }',
    { filter: { search: from } },
    login.accessToken,
  );
  const user = adminUsers.users.find((candidate) => candidate.displayName === from);
  if (!user) {
    return;
  }
  await graphql(
    request,
    'mutation ($input: AdminUserInput!) { updateUser(input: $input) { id } }',
    { input: { id: user.id, email: user.email, displayName: to, role: user.role, teamId: user.team?.id ?? null } },
    login.accessToken,
  );
}

// Every spec shares one server: the renamed rep gets their name back.
test.afterEach(async ({ request }) => {
  await rename(request, FORMULA_NAME, RENAMED_REP);
});

async function openTargets(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await signIn(page, MANAGER.email, MANAGER.password);
  await expect(page).toHaveURL(/\/teams/);
  await page.getByRole('link', { name: 'Targets' }).click();
  await expect(page.getByTestId('target-grid')).toBeVisible();
  await page.getByTestId('target-first-month').fill(NEXT_MONTH);
  await page.getByTestId('target-months').selectOption('3');
  await expect(page.getByRole('checkbox', { name: `Select ${NEXT_MONTH_LABEL}` })).toBeVisible();
  return page;
}

test('a sales manager sets next month’s won-volume targets; a stale session gets the conflict; the rep sees the target', async ({
  browser,
}) => {
  const page = await openTargets(browser);
  // A second session of the manager opens the same grid before the first saves.
  const stale = await openTargets(browser);

  await test.step('distribute a team total over the reps, evenly', async () => {
    await page.getByRole('checkbox', { name: `Select ${NEXT_MONTH_LABEL}` }).check();
    await expect(page.getByTestId('tool-selection')).toContainText('all reps × 1 month');
    await page.getByLabel('Team total per month').fill(String(PER_REP * TEAM_SIZE));
    await page.getByRole('button', { name: 'Distribute' }).click();
    for (const name of [REP_NAME, OTHER_REP]) {
      await expect(page.getByLabel(`${name}, ${NEXT_MONTH_LABEL}`)).toHaveValue(String(PER_REP));
    }
  });

  await test.step('adjust one rep; an invalid value is named and blocks the save', async () => {
    const cell = page.getByLabel(`${REP_NAME}, ${NEXT_MONTH_LABEL}`);
    await cell.fill('12.345');
    await page.getByTestId('target-save').click();
    await expect(page.getByTestId('target-problems')).toContainText(
      `${REP_NAME}, ${NEXT_MONTH_LABEL}: must have at most 2 decimals`,
    );
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await cell.fill(String(ADJUSTED));
    await expect(page.getByTestId('target-problems')).toHaveCount(0);
    await expect(page.getByTestId('rep-sum').first()).toHaveText(euros(PER_REP * TEAM_SIZE + 5_000));
    await expect(page.getByTestId('target-pending')).toHaveText(`${TEAM_SIZE} changed targets.`);
  });

  await test.step('save with a reason', async () => {
    await page.getByTestId('target-reason').fill('Plan for next month');
    await page.getByTestId('target-save').click();
    await expect(page.getByTestId('target-saved')).toHaveText(`Saved: ${TEAM_SIZE} targets changed.`);
    await expect(page.getByTestId('target-pending')).toHaveText('No changes.');
    await expect(page.getByLabel(`${REP_NAME}, ${NEXT_MONTH_LABEL}`)).toHaveValue(String(ADJUSTED));
    await snapshot(page, 'targets-saved');
  });

  await test.step('the stale session’s save is refused, naming who changed what; a reload keeps its edit', async () => {
    const cell = stale.getByLabel(`${OTHER_REP}, ${NEXT_MONTH_LABEL}`);
    await cell.fill('1000');
    await stale.getByTestId('target-save').click();
    const conflict = stale.getByTestId('target-conflict');
    await expect(conflict).toContainText('Someone changed these targets since you opened them');
    await expect(conflict).toContainText(`${REP_NAME}, ${NEXT_MONTH_LABEL}`);
    await expect(conflict).toContainText('changed by Hannah Schmidt');
    await expect(conflict).toBeFocused();
    await snapshot(stale, 'targets-conflict');
    await stale.getByTestId('target-reload').click();
    await expect(stale.getByLabel(`${REP_NAME}, ${NEXT_MONTH_LABEL}`)).toHaveValue(String(ADJUSTED));
    await expect(cell).toHaveValue('1000');
    await expect(stale.getByTestId('target-pending')).toHaveText('1 changed target.');
  });

  await test.step('the rep sees the new target for next month, too early to tell', async () => {
    const repPage = await (await browser.newContext()).newPage();
    await repPage.goto('/login');
    await signIn(repPage, REP.email, REP.password);
    await expect(repPage).toHaveURL(/\/me/);
    await repPage.goto(`/me?preset=custom&from=${monthStart(1)}&to=${monthStart(2)}&model=CONSUMER_LOANS`);
    const row = repPage.locator('tr[data-kpi="WON_VOLUME"][data-model="CONSUMER_LOANS"]');
    await expect(row.getByTestId('kpi-target')).toContainText(`of €${Math.round(ADJUSTED / 100) / 10}K`);
    await expect(row.getByTestId('kpi-pace')).toHaveText(/Too early to tell/);
    await snapshot(repPage, 'targets-rep-next-month');
  });
});

test('the target grid exports as CSV: UTF-8 with BOM, a rep named like a formula stays text', async ({
  browser,
  request,
}) => {
  await rename(request, RENAMED_REP, FORMULA_NAME);
  const page = await openTargets(browser);
  const download = page.waitForEvent('download');
  await page.getByTestId('target-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^targets-.+-CONSUMER_LOANS-WON_VOLUME-\d{4}-\d{2}\.csv$/);
  await expect(page.getByTestId('target-export-status')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toMatch(/^Rep,Rep id,\d{4}-\d{2},\d{4}-\d{2},\d{4}-\d{2},Total$/);
  const formulaRow = lines.find((line) => line.includes('HYPERLINK'));
  expect(formulaRow).toMatch(/^"'=HYPERLINK\(""http:\/\/example\.com""\)",/);
  expect(lines.some((line) => line.startsWith('Amélie Hoffmann,'))).toBe(true);
  await snapshot(page, 'targets-export');
});
