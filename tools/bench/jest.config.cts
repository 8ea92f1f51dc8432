module.exports = {
  displayName: 'bench',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // The smoke test runs the built API and import CLI (the test target depends on api:build) against
  // the throw-away PostgreSQL of the API's test set-up.
  globalSetup: '<rootDir>/../../libs/api/testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/api/testing/src/lib/global-teardown.ts',
  testTimeout: 180_000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/tools/bench',
};
