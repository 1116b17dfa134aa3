// npm run bench: measures speed and memory of the whole system on this machine and prints them; writes every
// figure as JSON under bench/results/. Numbers only: nothing here asserts a time.
//   npm run bench                     all eight benchmarks at full size (about fifteen minutes)
//   npm run bench -- --smoke          tiny sizes, seconds per benchmark (npm test runs this, so it cannot rot)
//   npm run bench -- --only=pdf,relay one or more of: relay, replay, pdf, intake, decision, responsiveness, import, public
//   npm run bench -- --instances=2    the services twice each behind the load balancer (HAProxy), on the same ports
import { ensureDependencies } from '../infra/dependencies.mjs';
import { fail, ok, runMain, step, warn } from '../infra/log.mjs';
import { loadSettings } from '../infra/settings.mjs';

const BENCHMARKS = [
  // Without the services: the relay in this process, the renderers in child processes.
  { key: 'relay', module: '../bench/relay-throughput.mjs', needsServices: false },
  { key: 'replay', module: '../bench/reporting-replay.mjs', needsServices: false },
  { key: 'pdf', module: '../bench/catalogue-pdf.mjs', needsServices: false },
  // Against the three running services.
  { key: 'intake', module: '../bench/intake-load.mjs', needsServices: true },
  { key: 'decision', module: '../bench/decision-latency.mjs', needsServices: true },
  { key: 'responsiveness', module: '../bench/render-responsiveness.mjs', needsServices: true },
  { key: 'import', module: '../bench/hostile-import.mjs', needsServices: true },
  // The public site through the gateway (started by the benchmark), and the staff's intake beside it.
  { key: 'public', module: '../bench/public-site.mjs', needsServices: true },
];

function options(argv) {
  const smoke = argv.includes('--smoke');
  const only = argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = (only ?? []).filter((key) => !BENCHMARKS.some((benchmark) => benchmark.key === key));
  if (unknown.length) fail(`Unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((benchmark) => benchmark.key).join(', ')}.`);
  return { smoke, selected: BENCHMARKS.filter((benchmark) => !only || only.includes(benchmark.key)) };
}

await runMain(async () => {
  const { smoke, selected } = options(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  ensureDependencies();
  const { benchSettings, prepareInfrastructure, startBenchServices, tokenMinter } = await import('../bench/environment.mjs');
  const { commit, machine, printTable, writeResults } = await import('../bench/results.mjs');
  const settings = await benchSettings(loadSettings());
  const { instanceCount } = await import('../infra/services.mjs');
  const instances = instanceCount(settings);
  const startedKafka = await prepareInfrastructure(settings);
  const results = {};
  let services;
  try {
    for (const benchmark of selected) {
      if (benchmark.needsServices && !services) {
        const ports = [settings.INTAKE_PORT, settings.WORKFLOW_PORT, settings.REPORTING_PORT].join(', ');
        step(
          `Starting the three services for the benchmark (ports ${ports}${instances > 1 ? `: ${instances} instances of each behind the load balancer` : ''})`,
        );
        services = await startBenchServices(settings, instances);
      }
      const { run } = await import(benchmark.module);
      step(`Benchmark: ${benchmark.key}${smoke ? ' (smoke sizes)' : ''}`);
      results[benchmark.key] = await run({ smoke, settings, urls: services?.urls, token: tokenMinter(settings), instances });
      // A benchmark may add tables of its own (the PDF benchmark's variants) after its main one.
      for (const table of [results[benchmark.key], ...(results[benchmark.key].moreTables ?? [])]) printTable(table);
    }
  } finally {
    if (services) {
      step('Stopping the benchmark services');
      await services.stop();
    }
    if (startedKafka) {
      const { stopKafka } = await import('../infra/kafka.mjs');
      await stopKafka();
    }
  }

  console.log('\n==== Summary ====');
  for (const key of Object.keys(results)) for (const table of [results[key], ...(results[key].moreTables ?? [])]) printTable(table);
  // A run at other PDF sizes (BENCH_PDF_SIZES) is not a full run: its file says so.
  const mode = smoke ? 'smoke' : process.env.BENCH_PDF_SIZES ? `pdf-sizes-${process.env.BENCH_PDF_SIZES.replace(/,/g, '-')}` : 'full';
  const file = writeResults({
    startedAt,
    mode: instances > 1 ? `${mode}-${instances}-instances` : mode,
    instances,
    ...commit(),
    machine: machine(),
    benchmarks: results,
  });
  const failed = Object.entries(results).filter(([, result]) => result.problems?.length);
  for (const [key, result] of failed) for (const problem of result.problems) warn(`${key}: ${problem}`);
  if (failed.length) fail(`The benchmark found errors (above). Figures written to ${file}.`);
  ok(`Figures written to ${file}`);
});
