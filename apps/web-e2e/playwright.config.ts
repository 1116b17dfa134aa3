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
    // As a Danish user sees the pages: Danish formats and time (the context) and Chromium's own controls in Danish
    // (file input «Vælg fil», dates dd.mm.åååå: LANGUAGE below, with Debian's chromium-l10n that tools/cli/test.mjs installs).
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      env: { ...process.env, LANGUAGE: 'da' },
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
});
