import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

/** Debian's Chromium is the only browser: Playwright never downloads one (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). */
const CHROMIUM = '/usr/bin/chromium';
// E2E_PORT moves the test server (tools/scripts/e2e-server.mjs reads it too) when 4300 is taken.
const port = process.env['E2E_PORT'] ?? '4300';
const baseURL = process.env['BASE_URL'] ?? `http://127.0.0.1:${port}`;
const preset = nxE2EPreset(import.meta.dirname, { testDir: './src' });

if (!existsSync(CHROMIUM)) {
  // The browser tests never skip: without the browser they fail at once, saying what to install.
  throw new Error(
    `dashboard-e2e: no Chromium at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`,
  );
}

export default defineConfig({
  ...preset,
  reporter: [
    ['list'],
    [
      'html',
      { outputFolder: join(workspaceRoot, 'dist/.playwright/apps/dashboard-e2e/playwright-report'), open: 'never' },
    ],
  ],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
    },
  },
  // The built API + dashboard on :4300 with demo data.
  webServer: {
    command: 'node tools/scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
    cwd: workspaceRoot,
    // Without it Playwright kills the server outright, and the embedded PostgreSQL it started (which
    // runs detached, in a session of its own) was left running after every run. SIGTERM lets the
    // server stop it; the wrapper forwards the signal and removes the data folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1366, height: 900 } } }],
});
