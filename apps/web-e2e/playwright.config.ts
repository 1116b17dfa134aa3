import { defineConfig } from '@playwright/test';

// Browser tests of the web application against a running system (support/stack.mjs starts it in global setup):
// Debian's Chromium, one worker (the machine has two cores and runs the whole system besides).
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  globalSetup: './support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../.run/e2e/results.json' }]],
  outputDir: '../../.run/e2e/test-results',
  use: {
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
