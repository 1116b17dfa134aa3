// The system the browser tests run against, apart from npm start's: the three services, the development OpenID
// provider and the gateway on their own ports (300 above the configured ones), databases with an _e2e suffix (emptied
// on every run), topics prefixed "e2e." (after KAFKA_TOPIC_PREFIX, so that two checkouts can test side by side),
// short session lifetimes, pid files and logs under .run/e2e/.
import { join } from 'node:path';
import { ok, step } from '../infra/log.mjs';
import { loadSettings, root } from '../infra/settings.mjs';

export const E2E_RUN_DIR = join(root, '.run', 'e2e');
const SUFFIX = '_e2e';

/** The settings of the test system, derived from the configured ones. */
export async function e2eSettings() {
  const settings = loadSettings();
  const { suffixedDatabaseUrl } = await import('../infra/postgres.mjs');
  const port = (variable) => String(Number(settings[variable]) + 300);
  const host = settings.HTTP_HOST || '127.0.0.1';
  const gatewayPort = port('GATEWAY_PORT');
  const topicPrefix = `${settings.KAFKA_TOPIC_PREFIX || ''}e2e.`;
  const issuer = `http://${host}:${Number(new URL(settings.OIDC_ISSUER).port || 3110) + 300}`;
  return {
    ...settings,
    INTAKE_DATABASE_URL: suffixedDatabaseUrl(settings.INTAKE_DATABASE_URL, SUFFIX),
    WORKFLOW_DATABASE_URL: suffixedDatabaseUrl(settings.WORKFLOW_DATABASE_URL, SUFFIX),
    REPORTING_DATABASE_URL: suffixedDatabaseUrl(settings.REPORTING_DATABASE_URL, SUFFIX),
    GATEWAY_DATABASE_URL: suffixedDatabaseUrl(settings.GATEWAY_DATABASE_URL, SUFFIX),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    INTAKE_PORT: port('INTAKE_PORT'),
    WORKFLOW_PORT: port('WORKFLOW_PORT'),
    REPORTING_PORT: port('REPORTING_PORT'),
    INTAKE_URL: `http://${host}:${port('INTAKE_PORT')}`,
    WORKFLOW_URL: `http://${host}:${port('WORKFLOW_PORT')}`,
    REPORTING_URL: `http://${host}:${port('REPORTING_PORT')}`,
    GATEWAY_PORT: gatewayPort,
    GATEWAY_PUBLIC_URL: `http://${host}:${gatewayPort}`,
    GATEWAY_COOKIE_NAME: 'budgetflow_e2e_session',
    // Short enough for a test to see a session end while it waits.
    GATEWAY_SESSION_IDLE: '45s',
    GATEWAY_SESSION_ABSOLUTE: '15m',
    OIDC_ISSUER: issuer,
    JWT_TRUSTED_ISSUERS: issuer,
    // The services check that the provider's tokens are meant for the Budgetflow API.
    JWT_AUDIENCE: settings.OIDC_RESOURCE || 'urn:budgetflow:api',
    // Access tokens that expire within a test, so that the gateway's renewal runs too.
    DEV_IDP_ACCESS_TOKEN_TTL: '60',
    LOG_LEVEL: 'warn',
  };
}

/** Databases, broker and topics, the services and the web stack; returns the settings and a stop function. */
export async function startE2eStack() {
  const settings = await e2eSettings();
  Object.assign(process.env, settings);
  const { ensureDatabases, ensureGatewayDatabase } = await import('../infra/postgres.mjs');
  const { ensureTopics, startKafka, stopKafka } = await import('../infra/kafka.mjs');
  const { startServices, startWeb, stopServices, stopWeb } = await import('../infra/services.mjs');
  const { deleteTopicsAndGroups } = await import('../bench/environment.mjs');
  const stop = async () => {
    await stopWeb(E2E_RUN_DIR);
    await stopServices(E2E_RUN_DIR);
  };
  // Left over by an interrupted run: they would see their tables emptied under them.
  await stop();
  step('Browser tests: databases (_e2e, emptied), broker and topics');
  await ensureDatabases({ suffix: SUFFIX, empty: true });
  await ensureGatewayDatabase({ suffix: SUFFIX });
  const startedKafka = await startKafka();
  try {
    await deleteTopicsAndGroups(settings.KAFKA_TOPIC_PREFIX);
    await ensureTopics(settings.KAFKA_TOPIC_PREFIX);
    step('Browser tests: the services, the development OpenID provider and the gateway');
    await startServices(settings, E2E_RUN_DIR);
    await startWeb(settings, E2E_RUN_DIR);
    await seed(settings);
  } catch (error) {
    await stop();
    if (startedKafka) await stopKafka();
    throw error;
  }
  ok(`Browser test system at ${settings.GATEWAY_PUBLIC_URL} (logs in ${E2E_RUN_DIR.slice(root.length + 1)}/logs)`);
  return {
    settings,
    stop: async () => {
      await stop();
      if (startedKafka) await stopKafka();
    },
  };
}

/** The Budget 2026 round and its proposals (drafts), as the budget office and the committees create them. */
async function seed(settings) {
  const { mintToken } = await import('../auth/tokens.mjs');
  const { loadTs } = await import('../infra/load-ts.mjs');
  const { ApiClient } = await import('../demo/api-client.mjs');
  const { roundBody } = await import('../demo/run-budget-round.mjs');
  const { budget2026Round: round, budget2026Proposals: proposals } = loadTs('libs/shared/domain/src/index.ts');
  const intake = `http://${settings.HTTP_HOST}:${settings.INTAKE_PORT}`;
  const as = async (role, committee) =>
    new ApiClient(intake, await mintToken({ secret: settings.JWT_SECRET, role, committee, audience: settings.JWT_AUDIENCE, expiresIn: '10m' }));
  const { id } = await (await as('budget_office')).post('/rounds', roundBody(round));
  for (const proposal of proposals.slice(0, 4)) await (await as('committee_secretariat', proposal.committee)).post(`/rounds/${id}/proposals`, proposal);
  ok(`Seeded ${round.name} with ${Math.min(4, proposals.length)} draft proposals`);
}
