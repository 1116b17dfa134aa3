import nx from '@nx/eslint-plugin';

// Architecture rules live here: Nx tags say who may depend on whom, and the domain stays framework-free.
const frameworkPackages = ['@nestjs/*', '@prisma/*', 'prisma', 'kafkajs', 'pg', 'pdfmake', 'pdfmake/*'];
// The browser application: no server framework, database, broker or token library (no token reaches the browser).
const notInTheBrowser = [...frameworkPackages, 'express', 'jose', 'openid-client', 'oidc-provider', 'nestjs-pino', 'pino', 'pino-http', 'node:*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/generated', '**/out', '**/.infra', '**/coverage', '**/.run'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The system tests boot the real services in-process; nothing else may import an app.
          allow: ['@budgetflow/intake-app', '@budgetflow/workflow-app', '@budgetflow/reporting-app', '@budgetflow/gateway-app'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworkPackages },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: frameworkPackages },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:testing'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:feature', 'type:data-access', 'type:testing'],
            },
            // The web application runs the domain rules in the browser and reads the gateway's contract; nothing of the servers.
            { sourceTag: 'type:web-app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: notInTheBrowser },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:system', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:shared', 'scope:intake'] },
            { sourceTag: 'scope:workflow', onlyDependOnLibsWithTags: ['scope:shared', 'scope:workflow'] },
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:shared', 'scope:reporting'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tool configuration files load shared presets by path; they are not part of any project's code.
    files: ['**/jest.config.js', '**/webpack.config.js', '**/prisma.config.ts', '**/vite.config.mts', '**/playwright.config.ts', 'jest.preset.js'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
];
