import { join } from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';

export const MANAGEMENT = { email: 'management@demo.local', password: 'demo-password' };

/** The login page that leads to the KPI overview afterwards (management's home is the company overview). */
export const OVERVIEW_LOGIN = '/login?returnUrl=%2Foverview';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-output');

/**
 * A key step: checked with axe (no serious or critical violation), then kept as a full-page
 * screenshot in apps/dashboard-e2e/test-output/<name>.png.
 */
export async function snapshot(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

/** The overview has loaded: no skeletons, no busy tiles, the sparklines drawn. */
export async function waitForTiles(page: Page): Promise<void> {
  await expect(page.getByTestId('overview-loading')).toHaveCount(0);
  await expect(page.locator('.tiles[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('sd-kpi-tile')).toHaveCount(18);
  await expect(page.locator('sd-kpi-tile .trend-placeholder')).toHaveCount(0);
}

/** The displayed value of a KPI for a business model, e.g. ('NEW_LEADS', 'CONSUMER_LOANS'). */
export function kpiValue(page: Page, kpi: string, businessModel: string) {
  return page.locator(`article[data-kpi="${kpi}"] li[data-model="${businessModel}"] [data-testid="kpi-value"]`);
}

/** First day of the month `offset` months from today's (UTC), as YYYY-MM-DD. */
export function monthStart(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
}

/** Last day of the month `offset` months from today's (UTC). */
export function monthEnd(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 0)).toISOString().slice(0, 10);
}

/** One GraphQL operation through Playwright's request context (set-up and clean-up beside the pages). */
export async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: object,
  token?: string,
): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
