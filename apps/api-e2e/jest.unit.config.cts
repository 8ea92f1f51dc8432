/**
 * Pure unit tests of the e2e support code (the reference KPI implementation): no server and no
 * database, so none of the e2e global set-up. Run: npx jest -c apps/api-e2e/jest.unit.config.cts
 */
export default {
  displayName: 'api-e2e-unit',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/support/**/*.spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/api-e2e-unit',
};
