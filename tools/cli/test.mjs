// npm test: prepares PostgreSQL (test databases) and the Kafka broker, then runs lint and every jest project.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from '../infra/dependencies.mjs';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { runBin } from '../infra/run.mjs';
import { loadSettings, root } from '../infra/settings.mjs';

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
    if (existsSync(results)) {
      const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(results, 'utf8'));
      // One plain closing line that CI systems read.
      console.log(`\njest: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
    }
    if (status !== 0) fail('Some tests failed (see above).');
    ok('All tests passed');
  } finally {
    if (startedKafka) await stopKafka();
  }
});
