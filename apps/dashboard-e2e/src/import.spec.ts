import { expect, type Page, test } from '@playwright/test';
import { signIn, snapshot } from './support/dashboard';

const CONTROLLING = { email: 'controlling@demo.local', password: 'demo-password' };

function csvFile(name: string, ...lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.map((line) => `${line}\n`).join('')) };
}

async function openImportPage(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page, CONTROLLING.email, CONTROLLING.password);
  await expect(page).toHaveURL(/\/corridors\?preset=last-12-months$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Import data' })).toBeVisible();
}

test.describe('import in the dashboard', () => {
  test('controlling uploads an invalid bundle and reads every error as file:line column: message', async ({ page }) => {
    await openImportPage(page);
    await expect(page.getByTestId('import-rules')).toContainText('nothing at all is written');

    await page
      .getByLabel('Choose files')
      .setInputFiles([
        csvFile('regions.csv', 'region_id,name', 'R-E2E-BAD,Nowhere', 'R-E2E-BAD,Nowhere again'),
        csvFile(
          'deals.csv',
          'deal_id,business_model,rep_id,customer_id,created_at,amount',
          'D-E2E-BAD,CONSUMER_LOANS,U-NOBODY,C-1,2026-01-05T09:00:00Z,-5',
        ),
        csvFile('notes.csv', 'not,a,bundle,file'),
      ]);
    const chosen = page.getByTestId('chosen-files');
    await expect(chosen.locator('tbody tr')).toHaveCount(3);
    await expect(chosen.locator('tr[data-file="notes.csv"] [data-testid=file-check]')).toHaveText('Not a bundle file');
    const upload = page.getByTestId('upload');
    await expect(upload).toBeDisabled();
    await page.getByRole('button', { name: 'Remove notes.csv' }).click();
    await expect(upload).toHaveText('Upload 2 files');

    await upload.click();

    await expect(page.getByTestId('error-count')).toHaveText('Nothing was imported: 3 errors');
    await expect(page.getByTestId('error-list').getByRole('listitem')).toHaveText([
      "regions.csv:3 region_id: duplicate id 'R-E2E-BAD' (first on line 2)",
      "deals.csv:2 amount: must be an amount in EUR ≥ 0 with at most 2 decimals and no thousands separators, like 1250.50 (got '-5')",
      "deals.csv:2 rep_id: unknown user 'U-NOBODY' (neither in users.csv nor stored)",
    ]);
    await expect(page.getByRole('button', { name: 'Copy errors' })).toBeVisible();
    await snapshot(page, 'import-errors');
  });

  test('controlling uploads a valid bundle and reads the rows per file', async ({ page }) => {
    // A new team without members: it changes no figure another test reads.
    const teamId = `T-E2E-${Date.now()}`;
    await openImportPage(page);

    await page
      .getByLabel('Choose files')
      .setInputFiles([
        csvFile('teams.csv', 'team_id,name,region_id', `${teamId},E2E Upload Team,R-WEST`),
        csvFile('regions.csv', 'region_id,name', 'R-NORTH,North', 'R-SOUTH,South', 'R-WEST,West'),
      ]);
    await expect(page.getByTestId('chosen-files').locator('tbody th')).toHaveText(['regions.csv', 'teams.csv']);
    await page.getByTestId('upload').click();

    const done = page.getByTestId('import-done');
    await expect(done.getByRole('heading', { level: 2 })).toHaveText(/^Imported 4 rows in (\d+ ms|\d+\.\d s)$/);
    await expect(done.locator('tbody tr[data-file="regions.csv"] > *')).toHaveText(['regions.csv', '3', '0', '0', '3']);
    await expect(done.locator('tbody tr[data-file="teams.csv"] > *')).toHaveText(['teams.csv', '1', '1', '0', '0']);
    await snapshot(page, 'import-done');
  });
});
