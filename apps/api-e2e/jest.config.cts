export default {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  // One embedded PostgreSQL for the run; each test file starts the built API on its own database.
  globalSetup: '<rootDir>/../../libs/api/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/api/testing/src/lib/global-teardown.ts',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  testTimeout: 120_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/api-e2e',
};
