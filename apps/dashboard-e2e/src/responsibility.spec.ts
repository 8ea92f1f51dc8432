import { expect, type Page, test } from '@playwright/test';
import { graphql, MANAGEMENT, signIn, snapshot } from './support/dashboard';

const KPI = 'FIRST_RESPONSE_HOURS';
const KPI_NAME = 'First response time';
const REASON = 'Customer service answers inbound requests now';

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  return errors;
}

// Every spec shares one server: give marketing its KPI back so the other specs see the default matrix.
test.afterEach(async ({ request }) => {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    MANAGEMENT,
  );
  const { responsibilityMatrix } = await graphql<{
    responsibilityMatrix: { cells: { role: string; kpi: string; granted: boolean }[] };
  }>(request, '{ responsibilityMatrix { cells { role kpi granted } } }', {}, login.accessToken);
  const cell = responsibilityMatrix.cells.find((c) => c.role === 'MARKETING' && c.kpi === KPI);
  if (!cell?.granted) {
    await graphql(
      request,
      'mutation ($changes: [ResponsibilityChangeInput!]!, $reason: String!) { updateResponsibilities(changes: $changes, reason: $reason) { roles } }',
      { changes: [{ role: 'MARKETING', kpi: KPI, granted: true }], reason: 'End-to-end test: restore the default' },
      login.accessToken,
    );
  }
});

test('management revokes a KPI from marketing with a reason; marketing no longer sees it', async ({
  page,
  browser,
}) => {
  const consoleErrors = collectConsoleErrors(page);

  await test.step('management opens the responsibility matrix from the navigation', async () => {
    await page.goto('/login');
    await signIn(page, MANAGEMENT.email, MANAGEMENT.password);
    await expect(page).toHaveURL(/\/company\?preset=last-12-months$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Responsibility' }).click();
    await expect(page).toHaveURL(/\/responsibility$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Responsibility matrix' })).toBeVisible();
    await expect(page.getByTestId('responsibility-loading')).toHaveCount(0);
    await expect(page.getByText(`Administrator always sees ${KPI_NAME}`)).toBeAttached();
    await expect(page.getByRole('checkbox', { name: /^Administrator/ })).toHaveCount(0);
  });

  await test.step('unticks the KPI for marketing with the keyboard and gives a reason', async () => {
    const box = page.getByRole('checkbox', { name: `Marketing sees ${KPI_NAME}` });
    await expect(box).toBeChecked();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
    await expect(page.getByTestId('pending-count')).toHaveText('1 pending change.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('reason-error')).toHaveText(
      'Give a reason: it is kept in the audit log with the change.',
    );
    await expect(page.getByLabel('Reason for the change')).toBeFocused();
    await page.keyboard.type(REASON);
    await page.getByRole('button', { name: 'Save changes' }).click();
  });

  await test.step('the change is saved and heads the history', async () => {
    await expect(page.getByTestId('save-done')).toHaveText('Saved: the change applies to every user now.');
    await expect(page.getByTestId('pending-count')).toHaveText('No pending changes.');
    await expect(page.getByRole('checkbox', { name: `Marketing sees ${KPI_NAME}` })).not.toBeChecked();
    const latest = page.getByTestId('history-entry').first();
    await expect(latest).toContainText(`Revoked ${KPI_NAME} from Marketing`);
    await expect(latest).toContainText('Claire Dubois');
    await expect(latest).toContainText(REASON);
    await snapshot(page, 'responsibility');
    expect(consoleErrors).toEqual([]);
  });

  await test.step('marketing signs in and no longer sees the KPI', async () => {
    const marketingContext = await browser.newContext();
    const marketing = await marketingContext.newPage();
    await marketing.goto('/login');
    await signIn(marketing, 'marketing@demo.local', 'demo-password');
    await expect(marketing).toHaveURL(/\/journey\?preset=last-12-months$/);
    await expect(marketing.getByTestId('home-loading')).toHaveCount(0);
    await expect(marketing.locator('sd-kpi-tile')).toHaveCount(6);
    await expect(marketing.locator(`article[data-kpi="${KPI}"]`)).toHaveCount(0);
    await expect(marketing.getByText(KPI_NAME)).toHaveCount(0);
    await marketingContext.close();
  });
});
