import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** The reason every browser test gives when it is skipped. */
export const NO_CHROMIUM = `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
