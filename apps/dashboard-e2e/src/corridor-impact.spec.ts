import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { monthStart, signIn, snapshot } from './support/dashboard';

const PASSWORD = 'demo-password';
const KPI = 'WIN_RATE';
const MODEL = 'CONSUMER_LOANS';
const TEAM = 'North Private & Retail';
const EDITOR_URL = `/corridors/edit?model=${MODEL}&kpi=${KPI}`;

interface Corridor {
  readonly version: number;
  readonly effectiveFrom: string;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number;
  readonly rationale: string;
}

async function graphql<T>(request: APIRequestContext, query: string, variables: object, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function controllingToken(request: APIRequestContext): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
    { email: 'controlling@demo.local', password: PASSWORD },
  );
  return data.login.accessToken;
}

const CORRIDOR_FIELDS =
  'version effectiveFrom acceptableMin acceptableMax toleratedMin toleratedMax minSampleSize rationale';

async function latestCorridor(request: APIRequestContext, token: string): Promise<Corridor> {
  const data = await graphql<{ corridorHistory: Corridor[] }>(
    request,
    `query ($m: String!, $k: String!) { corridorHistory(businessModel: $m, kpi: $k) { ${CORRIDOR_FIELDS} } }`,
    { m: MODEL, k: KPI },
    token,
  );
  const latest = data.corridorHistory[0];
  if (!latest) {
    throw new Error(`no corridor for ${KPI} × ${MODEL}`);
  }
  return latest;
}

async function signedIn(browser: Browser, login: string, home: RegExp): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await signIn(page, `${login}@demo.local`, PASSWORD);
  await expect(page).toHaveURL(home);
  return page;
}

/** The status badge of the team's win rate for consumer loans on the sales manager's home. */
function teamWinRateStatus(page: Page) {
  return page
    .locator('section.team', { has: page.getByRole('heading', { name: TEAM }) })
    .locator(`sd-kpi-matrix tr[data-kpi="${KPI}"] td[data-column="${MODEL}"] sd-kpi-status`);
}

/**
 * The done-when, end to end: controlling narrows a corridor, the impact preview names the
 * changed scopes, and after publishing the sales manager sees the status change. The corridor takes
 * effect today, so the other specs on this shared server would see it: afterAll publishes the bands
 * it started from as a new version again (the same effective date, the higher version wins).
 */
test.describe('Corridor impact', () => {
  let original: Corridor | null = null;

  test.afterAll(async ({ request }) => {
    if (!original) {
      return;
    }
    const token = await controllingToken(request);
    const latest = await latestCorridor(request, token);
    if (latest.version === original.version) {
      return;
    }
    await graphql(
      request,
      `
        mutation ($input: PublishCorridorInput!) {
          publishCorridor(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          businessModel: MODEL,
          kpi: KPI,
          effectiveFrom: latest.effectiveFrom,
          acceptableMin: original.acceptableMin,
          acceptableMax: original.acceptableMax,
          toleratedMin: original.toleratedMin,
          toleratedMax: original.toleratedMax,
          minSampleSize: original.minSampleSize,
          rationale: `Restored after the impact preview test: ${original.rationale}`,
          expectedVersion: latest.version,
        },
      },
      token,
    );
  });

  test('controlling narrows a corridor, sees the changed scopes, and the sales manager sees the new status', async ({
    browser,
    request,
  }) => {
    original = await latestCorridor(request, await controllingToken(request));
    const manager = await signedIn(browser, 'manager', /\/teams(\?.*)?$/);
    const controlling = await signedIn(browser, 'controlling', /\/corridors(\?.*)?$/);
    // Three complete months and the running one: enough decided deals for a judged win rate on any day,
    // and judged by the version in force on the running month's last day, so a corridor published today.
    await manager.goto(`/teams?preset=custom&from=${monthStart(-3)}&to=${monthStart(1)}`);

    await test.step('the sales manager sees the team’s win rate judged acceptable or tolerated', async () => {
      await expect(manager.getByTestId('home-loading')).toHaveCount(0);
      await expect(teamWinRateStatus(manager)).toHaveAttribute('data-status', /^(ACCEPTABLE|TOLERATED)$/);
      await snapshot(manager, 'corridor-impact-01-manager-before');
    });

    await test.step('controlling narrows the acceptable band; the preview counts and lists the changes', async () => {
      await controlling.goto(EDITOR_URL);
      await expect(controlling.getByTestId('editor-current-version')).toContainText(`version ${original?.version}`);
      const summary = controlling.getByTestId('impact-summary');
      await expect(summary).toContainText('The draft changes no status');

      await controlling.getByTestId('field-acceptableMin').fill('60');
      await controlling.getByTestId('field-toleratedMin').fill('50');
      await expect(summary).toHaveText(/The draft changes the status of [1-9][\d,]* of [\d,]+ team months and/);
      const teams = controlling.getByTestId('impact-teams');
      await expect(teams.locator('tr[data-status="UNACCEPTABLE"] td').nth(1)).not.toHaveText('0');

      await controlling.getByTestId('impact-filter-TEAM').click();
      const changes = controlling.getByTestId('impact-changes');
      const teamRows = changes.locator('tbody tr[data-scope="TEAM"]', { hasText: TEAM });
      await expect(teamRows.first()).toBeVisible();
      await expect(teamRows.first().locator('sd-kpi-status').last()).toHaveAttribute('data-status', 'UNACCEPTABLE');
      await expect(changes.locator('tbody tr[data-scope="REP"]')).toHaveCount(0);
      await snapshot(controlling, 'corridor-impact-02-preview');
    });

    await test.step('a suggestion from history is labelled as one and fills nothing until asked', async () => {
      await controlling.getByTestId('suggest').click();
      const suggestion = controlling.getByTestId('suggestion-result');
      await expect(suggestion).toContainText('Suggestion — not in force until you publish it');
      await expect(suggestion).toContainText(/team months of Consumer loans/);
      await expect(controlling.getByTestId('field-acceptableMin')).toHaveValue('60');
    });

    await test.step('controlling publishes with a rationale', async () => {
      await controlling.getByLabel('Rationale (required)').fill('Consumer loans must win more of what they quote');
      await controlling.getByRole('button', { name: `Publish version ${(original?.version ?? 0) + 1}` }).click();
      await expect(controlling.getByTestId('editor-outcome')).toHaveText(
        `Published version ${(original?.version ?? 0) + 1}.`,
      );
      await snapshot(controlling, 'corridor-impact-03-published');
    });

    await test.step('the sales manager sees the team’s win rate unacceptable under the new version', async () => {
      await manager.reload();
      await expect(manager.getByTestId('home-loading')).toHaveCount(0);
      const status = teamWinRateStatus(manager);
      await expect(status).toHaveAttribute('data-status', 'UNACCEPTABLE');
      await status.getByRole('button').focus();
      await expect(manager.getByRole('tooltip')).toContainText(`version ${(original?.version ?? 0) + 1}`);
      await expect(manager.getByRole('tooltip')).toContainText('Consumer loans must win more of what they quote');
      await snapshot(manager, 'corridor-impact-04-manager-after');
    });
  });
});
