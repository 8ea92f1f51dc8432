import { test } from '@playwright/test';
import { existsSync } from 'node:fs';

const hasChromium = existsSync('/usr/bin/chromium');

/**
 * Called at the top of every browser spec. Skips only on a developer's machine without Debian's
 * Chromium (there is no browser to drive there); in CI (`CI` set, as `.ci/run` does after installing
 * it) a missing Chromium fails the tests instead of skipping them.
 */
export function requireChromium(): void {
  test.skip(
    !hasChromium && !process.env['CI'],
    'no Chromium at /usr/bin/chromium on this developer machine (never skipped in CI); install it with apt-get install -y chromium',
  );
}
