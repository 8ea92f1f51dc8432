import playwright from 'eslint-plugin-playwright';
import baseConfig from '../../eslint.config.mjs';

export default [
  playwright.configs['flat/recommended'],
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      // The one allowed skip: `test.skip(!hasChromium, reason)` where no Chromium exists (DESIGN §2).
      'playwright/no-skipped-test': ['error', { allowConditional: true }],
    },
  },
];
