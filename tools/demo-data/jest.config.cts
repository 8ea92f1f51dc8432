module.exports = {
  displayName: 'demo-data',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  // One shared bundle per run keeps the suites fast; see src/lib/testing/global-setup.ts.
  globalSetup: '<rootDir>/src/lib/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/lib/testing/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/tools/demo-data',
};
