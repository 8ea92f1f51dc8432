import { test } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * Called at the top of every browser spec. Reason for the skip: without Debian's Chromium
 * (apt-get install -y chromium) there is no browser to drive; CI installs it, so there it never skips.
 */
export function requireChromium(): void {
  // Skipped only where Debian's Chromium is missing; CI installs it, so CI never skips.
  test.skip(!hasChromium, `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}
