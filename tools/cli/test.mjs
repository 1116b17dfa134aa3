// npm test: prepares PostgreSQL (test databases) and the Kafka broker, then runs lint, every jest project, the
// browser tests (Playwright with Debian's Chromium, against the web application, the gateway and the development
// OpenID provider) and the benchmark at smoke size. `--unit`, `--integration` or `--e2e` runs one tier of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from '../infra/dependencies.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { runBin } from '../infra/run.mjs';
import { loadSettings, root } from '../infra/settings.mjs';

function jestSummary({ numPassedTests, numFailedTests, numPendingTests }) {
  return `jest: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`;
}

/** Playwright's JSON report: expected = passed, unexpected = failed, flaky counts as passed after its retry. */
function browserSummary(file) {
  if (!existsSync(file)) return 'browser: no results';
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return `browser: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed${stats.skipped ? `, ${stats.skipped} skipped` : ''}`;
}

const CHROMIUM = '/usr/bin/chromium';
// Chromium's Danish texts (the browser tests run it in Danish, as the region's users do).
const CHROMIUM_DANISH = '/usr/lib/chromium/locales/da.pak';

/** Debian's chromium and chromium-l10n packages for the browser tests, installed on first use (as root), as the PDF benchmark does. */
function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(CHROMIUM_DANISH)) return;
  if (process.getuid?.() !== 0)
    fail("The browser tests need Chromium in Danish: install Debian's packages with `sudo apt-get install chromium chromium-l10n`.");
  step('Installing Chromium from Debian (apt-get install chromium chromium-l10n; once)');
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'chromium-l10n'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    if (install().status !== 0) fail('apt-get install chromium chromium-l10n failed (see above).');
  }
  ok('Chromium installed');
}

/**
 * The test tiers: which jest files each runs, whether it needs PostgreSQL and Kafka, and whether the browser tests
 * belong to it. A tier leaves files out (ignore patterns) rather than naming them, so that a pattern given with it
 * narrows the tier (jest ORs path patterns, and ANDs what is left after the ignored).
 */
const TIERS = {
  unit: { jest: ['--testPathIgnorePatterns', '\\.int-spec\\.ts$'], services: false, browser: false },
  integration: { jest: ['--testPathIgnorePatterns', '^(?!.*\\.int-spec\\.ts$)', 'apps/system-tests/'], services: true, browser: false },
  e2e: { jest: ['--selectProjects', 'system-tests'], services: true, browser: true },
};

const tierName = process.argv
  .slice(2)
  .find((arg) => /^--(unit|integration|e2e)$/.test(arg))
  ?.slice(2);
const tier = tierName ? TIERS[tierName] : undefined;
const patterns = process.argv.slice(2).filter((arg) => !/^--(unit|integration|e2e)$/.test(arg));

await runMain(async () => {
  ensureDependencies();
  const settings = loadSettings();
  const { ensureDatabases, ensureGatewayDatabase, generateClients, testDatabaseUrl } = await import('../infra/postgres.mjs');
  const { startKafka, stopKafka } = await import('../infra/kafka.mjs');

  step('Preparing the Prisma clients');
  generateClients();
  const needsServices = tier?.services ?? true;
  if (needsServices) {
    step('Preparing the test databases');
    await ensureDatabases({ test: true });
    await ensureGatewayDatabase({ suffix: '_test' });
    step('Preparing the Kafka broker');
  }
  const startedKafka = needsServices ? await startKafka() : false;
  try {
    step('Checking the formatting (prettier --check; npm run format fixes it)');
    if (runBin('prettier', ['--check', '--log-level=warn', '.']) !== 0) fail('Some files are not formatted: run npm run format.');
    step('Linting (module boundaries included)');
    if (runBin('nx', ['run-many', '-t', 'lint', '--outputStyle=dynamic-legacy']) !== 0) fail('Lint failed (see above).');
    // The multi-instance and chaos tests (system-tests) run several instances behind HAProxy: Debian's, installed on first use.
    if (tier === undefined || tier === TIERS.e2e) {
      const { ensureHaproxy } = await import('../infra/haproxy.mjs');
      ensureHaproxy();
    }
    step('Running the tests');
    const env = {
      ...process.env,
      INTAKE_DATABASE_URL: testDatabaseUrl(settings.INTAKE_DATABASE_URL),
      WORKFLOW_DATABASE_URL: testDatabaseUrl(settings.WORKFLOW_DATABASE_URL),
      REPORTING_DATABASE_URL: testDatabaseUrl(settings.REPORTING_DATABASE_URL),
      GATEWAY_DATABASE_URL: testDatabaseUrl(settings.GATEWAY_DATABASE_URL),
    };
    const results = join(root, '.run', 'jest-results.json');
    mkdirSync(join(root, '.run'), { recursive: true });
    // The patterns before the tier's options: after an option that takes a list, jest would read them as its items.
    const jestArgs = ['-c', 'jest.config.js', '--maxWorkers=2', '--json', `--outputFile=${results}`, ...patterns, ...(tier?.jest ?? [])];
    // A pattern only about the browser tests runs no jest test; jest must not fail for that.
    if (patterns.length > 0) jestArgs.push('--passWithNoTests');
    const status = runBin('jest', jestArgs, env);
    let summary = existsSync(results) ? jestSummary(JSON.parse(readFileSync(results, 'utf8'))) : 'jest: no results';
    if (status !== 0) fail(`Some tests failed (see above).\n${summary}`);
    // The browser tests: the built web application and gateway, started with the services by the tests' global
    // setup (tools/e2e/stack.mjs). Skipped when jest was asked for a subset that is not about the web application.
    const browser = tier ? tier.browser && patterns.length === 0 : patterns.length === 0;
    if (browser || patterns.some((pattern) => /web|browser|e2e|gateway/.test(pattern))) {
      step("Browser tests (Playwright, Debian's Chromium)");
      ensureChromium();
      const { buildServices, buildWeb } = await import('../infra/services.mjs');
      buildServices();
      buildWeb();
      const browserResults = join(root, '.run', 'e2e', 'results.json');
      rmSync(browserResults, { force: true });
      const browserStatus = runBin('playwright', ['test', '-c', 'apps/web-e2e/playwright.config.ts'], { ...process.env, FORCE_COLOR: '0' });
      summary = `${summary}; ${browserSummary(browserResults)}`;
      if (browserStatus !== 0) fail(`Some browser tests failed (see above; screenshots and traces in .run/e2e/test-results).\n${summary}`);
    }
    // The benchmark at tiny sizes, so that it keeps working; it reports numbers and asserts nothing about time.
    // Skipped when jest was asked for a subset (npm test -- <pattern>).
    let smoke = 'benchmark smoke run skipped (a subset of the tests was asked for)';
    if (process.argv.length === 2) {
      step('Benchmark smoke run (npm run bench -- --smoke)');
      if (spawnSync(process.execPath, [join(root, 'tools', 'cli', 'bench.mjs'), '--smoke'], { cwd: root, stdio: 'inherit' }).status !== 0) {
        fail(`The benchmark smoke run failed (see above).\n${summary}`);
      }
      smoke = 'benchmark smoke run passed';
    }
    ok('All tests passed');
    // One plain closing line that CI systems read.
    console.log(`\n${summary}; ${smoke}`);
  } finally {
    if (startedKafka) await stopKafka();
  }
});
