import { test } from '@playwright/test';
import { existsSync } from 'node:fs';

const hasChromium = existsSync('/usr/bin/chromium');

/**
 * Called at the top of every browser spec. Skips only on a developer's machine without Debian's
 * Chromium (there is no browser to drive there); in CI (`CI` set, as `.ci/run` does after installing
 * it) a missing Chromium fails the tests instead of skipping them.
 */
const NO_CHROMIUM = 'no Chromium at /usr/bin/chromium on this machine; install it with apt-get install -y chromium';

export function requireChromium(): void {
  // Reason for the skip: a developer machine without a browser to drive (NO_CHROMIUM); never in CI.
  test.skip(!hasChromium && !process.env['CI'], NO_CHROMIUM);
}
