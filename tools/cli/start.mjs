// npm start, the main job: brings up PostgreSQL, Kafka and the three services, takes the Budget 2026 demo round
// from proposals to the adopted budget through the public APIs, writes the bilag PDFs and leaves the services
// running for a person to explore, with the web application (gateway and development OpenID provider).
// `npm start -- --instances=2` (or INSTANCES=2) runs each service and the gateway twice behind HAProxy, on the same addresses.
import { ensureDependencies } from '../infra/dependencies.mjs';
import { ok, runMain, step } from '../infra/log.mjs';
import { loadSettings } from '../infra/settings.mjs';

await runMain(async () => {
  const started = Date.now();
  ensureDependencies();
  const settings = loadSettings();
  const { ensureDatabases, ensureGatewayDatabase, generateClients } = await import('../infra/postgres.mjs');
  const { startKafka } = await import('../infra/kafka.mjs');
  const { SERVICES, buildServices, buildWeb, health, instanceCount, serviceUrl, startDeployment, usesDevelopmentProvider } =
    await import('../infra/services.mjs');
  const instances = instanceCount(settings);
  const { DEMO_USERS } = await import('../oidc/demo-users.mjs');
  const { runBudgetRound } = await import('../demo/run-budget-round.mjs');

  step('Preparing the Prisma clients');
  generateClients();
  step('Preparing PostgreSQL');
  await ensureDatabases();
  await ensureGatewayDatabase();
  step('Preparing the Kafka broker');
  await startKafka();
  buildServices();
  buildWeb();
  await startDeployment(settings, instances);

  // /health says up or down only (what failed is in the service's log); with several instances, of the one the balancer asked.
  if (instances > 1) ok(`${instances} instances of each service and of the gateway, behind HAProxy on the addresses below`);
  console.log('\nService     Health   API documentation');
  for (const service of SERVICES) {
    const answer = await health(service, settings);
    console.log(`${service.name.padEnd(11)} ${String(answer?.body?.status ?? '-').padEnd(8)} ${serviceUrl(service, settings)}/docs`);
  }
  console.log('');
  const { out, publicSite } = await runBudgetRound(settings);
  console.log('');
  ok(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. The bilag are in ${out}/`);
  console.log('  The services keep running: explore them at the /docs addresses above (tokens: node tools/auth/mint-token.mjs <role> [committee]).');
  console.log(`\n  The web application: ${settings.GATEWAY_PUBLIC_URL}  (sign in there; docs/web.md explains it)`);
  console.log(`  The public site with the published material, no sign-in: ${publicSite}`);
  if (usesDevelopmentProvider(settings)) {
    console.log(`  Demo users of the development sign-in at ${settings.OIDC_ISSUER} (password for all: ${settings.DEV_IDP_PASSWORD}):`);
    for (const user of DEMO_USERS) console.log(`    ${user.name.padEnd(20)} ${user.title}`);
  }
  console.log('  Logs: .run/logs/. Stop everything with: npm stop');
});
