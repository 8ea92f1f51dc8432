import { expect, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

test('admin@demo.local creates a user, resets their password and hands over the temporary one', async ({
  browser,
  page,
  context,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      consoleErrors.push(message.text());
    }
  });
  // A server reused between runs keeps earlier users: each run creates its own.
  const suffix = Date.now().toString(36).toUpperCase();
  const newUser = { id: `U-E2E-${suffix}`, email: `nina.${suffix.toLowerCase()}@demo.local`, name: `Nina ${suffix}` };
  let temporaryPassword = '';

  await test.step('the administrator opens the organisation page from the navigation', async () => {
    await page.goto('/login');
    await signIn(page, 'admin@demo.local', 'demo-password');
    await expect(page).toHaveURL(/\/company\?preset=last-12-months$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('users-count')).toContainText(/Showing \d+ of \d+ users/);
  });

  await test.step('the tabs work with the keyboard', async () => {
    await page.getByRole('tab', { name: 'Users' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Teams' })).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Teams' }).getByRole('row')).not.toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: /North Private & Retail/ })).toBeVisible();
    await snapshot(page, 'admin-org-teams');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('a refused e-mail is shown beside its field, then the user is created', async () => {
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('User id').fill(newUser.id);
    await form.getByLabel('E-mail').fill('rep@demo.local');
    await form.getByLabel('Name').fill(newUser.name);
    // Marketing, without a team: a new rep would add a row without figures to a team other tests read.
    await form.getByLabel('Role').selectOption({ label: 'Marketing' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('E-mail')).toBeFocused();
    await expect(form.locator('.field-error')).toContainText("e-mail 'rep@demo.local' is already used by user");

    await form.getByLabel('E-mail').fill(newUser.email);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('users-notice')).toHaveText(`${newUser.name} saved.`);
    await expect(form).toHaveCount(0);
  });

  await test.step('the new user is found, without a password yet', async () => {
    await page.getByRole('searchbox', { name: 'Search name or e-mail' }).fill(newUser.name);
    const row = page.locator(`tr[data-user="${newUser.id}"]`);
    await expect(row).toBeVisible();
    await expect(page.locator('tbody tr')).toHaveCount(1);
    await expect(row.locator('[data-badge]')).toHaveText(['Active', 'No password yet']);
  });

  await test.step('a reset needs a confirmation and shows the temporary password once, with a copy button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: `Reset password: ${newUser.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Reset the password of ${newUser.name}?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Reset password' }).click();

    const panel = page.getByTestId('password-panel');
    await expect(panel.getByRole('heading', { name: `Temporary password for ${newUser.name}` })).toBeFocused();
    temporaryPassword = await panel.getByLabel('Temporary password').inputValue();
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    await expect(panel).toContainText('They must change it when they next sign in. It is shown only now.');
    await panel.getByRole('button', { name: 'Copy' }).click();
    await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporaryPassword);
    await expect(page.locator(`tr[data-user="${newUser.id}"] [data-badge]`)).toHaveText([
      'Active',
      'Must change password',
    ]);
    await snapshot(page, 'admin-org');
  });

  await test.step('the history says what happened, in words', async () => {
    await page.getByTestId('password-panel').getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('password-panel')).toHaveCount(0);
    await expect(page.getByText(temporaryPassword)).toHaveCount(0);
    await page.getByRole('button', { name: `History: ${newUser.name}` }).click();
    const entries = page.getByTestId('history-entry').locator('.summary');
    await expect(entries).toHaveText(['Jonas Weber reset the password', 'Jonas Weber created the user']);
    await page.getByRole('searchbox', { name: 'Search name or e-mail' }).fill('');
    await expect(page.locator('tbody tr')).not.toHaveCount(1);
    await snapshot(page, 'admin-org-history');
  });

  await test.step('the user signs in with the temporary password, must change it, then reaches their home', async () => {
    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await userPage.goto('/login');
    await signIn(userPage, newUser.email, temporaryPassword);
    await expect(userPage).toHaveURL(/\/password/);
    await expect(userPage.getByTestId('password-change-required')).toBeVisible();
    await userPage.goto('/journey');
    await expect(userPage).toHaveURL(/\/password/);
    await userPage.getByLabel('Current password').fill(temporaryPassword);
    await userPage.getByLabel('New password', { exact: true }).fill('nina-chose-this-passphrase');
    await userPage.getByLabel('Repeat the new password').fill('nina-chose-this-passphrase');
    await userPage.getByRole('button', { name: 'Change password' }).click();
    await expect(userPage.getByTestId('password-changed')).toBeVisible();
    await snapshot(userPage, 'password-changed');
    await userPage.getByRole('link', { name: 'Continue to your page' }).click();
    await expect(userPage).toHaveURL(/\/journey\?preset=last-12-months$/);
    await userContext.close();
  });

  expect(consoleErrors).toEqual([]);
});
