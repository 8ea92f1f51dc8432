import { test } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Only a developer's machine without Debian's Chromium; CI (`CI` set) never skips, a missing browser fails there. */
const noBrowserHere = !existsSync('/usr/bin/chromium') && !process.env['CI'];

/**
 * Called at the top of every browser spec. Skips only on a developer's machine without Debian's
 * Chromium (there is no browser to drive there); in CI (`CI` set, as `.ci/run` does after installing
 * it) a missing Chromium fails the tests instead of skipping them.
 */
export function requireChromium(): void {
  test.skip(noBrowserHere, 'no Chromium at /usr/bin/chromium here (apt-get install -y chromium); CI never skips');
}
