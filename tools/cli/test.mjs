// npm test: prepares PostgreSQL (test databases) and the Kafka broker, then runs lint, every jest project and the
// benchmark at smoke size.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from '../infra/dependencies.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { runBin } from '../infra/run.mjs';
import { loadSettings, root } from '../infra/settings.mjs';

function jestSummary({ numPassedTests, numFailedTests, numPendingTests }) {
  return `jest: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`;
}

await runMain(async () => {
  ensureDependencies();
  const settings = loadSettings();
  const { ensureDatabases, generateClients, testDatabaseUrl } = await import('../infra/postgres.mjs');
  const { startKafka, stopKafka } = await import('../infra/kafka.mjs');

  step('Preparing the Prisma clients');
  generateClients();
  step('Preparing the test databases');
  await ensureDatabases({ test: true });
  step('Preparing the Kafka broker');
  const startedKafka = await startKafka();
  try {
    step('Linting (module boundaries included)');
    if (runBin('nx', ['run-many', '-t', 'lint', '--outputStyle=dynamic-legacy']) !== 0) fail('Lint failed (see above).');
    step('Running the tests');
    const env = {
      ...process.env,
      INTAKE_DATABASE_URL: testDatabaseUrl(settings.INTAKE_DATABASE_URL),
      WORKFLOW_DATABASE_URL: testDatabaseUrl(settings.WORKFLOW_DATABASE_URL),
      REPORTING_DATABASE_URL: testDatabaseUrl(settings.REPORTING_DATABASE_URL),
    };
    const results = join(root, '.run', 'jest-results.json');
    mkdirSync(join(root, '.run'), { recursive: true });
    const jestArgs = ['-c', 'jest.config.js', '--maxWorkers=2', '--json', `--outputFile=${results}`, ...process.argv.slice(2)];
    const status = runBin('jest', jestArgs, env);
    const summary = existsSync(results) ? jestSummary(JSON.parse(readFileSync(results, 'utf8'))) : 'jest: no results';
    if (status !== 0) fail(`Some tests failed (see above).\n${summary}`);
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
