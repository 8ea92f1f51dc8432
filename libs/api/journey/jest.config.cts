module.exports = {
  displayName: 'api-journey',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  globalSetup: '<rootDir>/../testing/src/lib/global-setup.ts',
  globalTeardown: '<rootDir>/../testing/src/lib/global-teardown.ts',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/journey',
};
