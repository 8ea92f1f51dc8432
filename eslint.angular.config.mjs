import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** The lint rules of every Angular project (the dashboard app and its libraries): selectors prefixed `sd`. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'sd', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'sd', style: 'kebab-case' }],
    },
  },
];
