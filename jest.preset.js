// Shared jest settings: SWC compiles TypeScript with decorator metadata (NestJS needs it), and
// NestJS 12 and jose 6 ship as ES modules only, so their packages are compiled too.
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(),
  testMatch: ['**/?(*.)+(spec|int-spec).ts'],
  setupFiles: [require.resolve('./tools/jest/test-env.js')],
  setupFilesAfterEnv: [require.resolve('./libs/shared/testing/src/integration-setup.ts')],
};
