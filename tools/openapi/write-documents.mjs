// npm run openapi: writes each service's OpenAPI document (apps/<service>/openapi.json) and the web app's API types
// generated from them (apps/web/src/api/generated/<service>.ts). The documents come from the services' own Nest apps,
// created but never started: no database, broker or port is touched (the placeholders below are never dialled).
// `--check` writes nothing and fails when a checked-in file differs from what the code gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, runMain, step } from '../infra/log.mjs';
import { loadTs } from '../infra/load-ts.mjs';
import { root } from '../infra/settings.mjs';
import { SERVICE_DOCUMENTS, webTypesFile, webTypesOf } from './web-types.mjs';

// Addresses nothing listens on: creating an app reads them, only starting it would use them.
const UNUSED = { database: 'postgresql://unused@127.0.0.1:1/unused', http: 'http://127.0.0.1:1' };
const COMMON = { KAFKA_BROKERS: '127.0.0.1:1', JWT_TRUSTED_ISSUERS: UNUSED.http, JWT_SECRET: 'openapi-document-only-never-used-for-tokens' };

const SERVICES = {
  intake: { app: 'createIntakeApp', schema: 'intakeConfigSchema', env: { INTAKE_PORT: '1', INTAKE_DATABASE_URL: UNUSED.database, WORKFLOW_URL: UNUSED.http } },
  workflow: { app: 'createWorkflowApp', schema: 'workflowConfigSchema', env: { WORKFLOW_PORT: '1', WORKFLOW_DATABASE_URL: UNUSED.database } },
  reporting: { app: 'createReportingApp', schema: 'reportingConfigSchema', env: { REPORTING_PORT: '1', REPORTING_DATABASE_URL: UNUSED.database } },
};

/** The document a service serves at /docs/openapi.json, as formatted in its checked-in file. */
async function serviceDocument(service) {
  const { app: create, schema, env } = SERVICES[service];
  const { loadConfig, apiDocumentOf } = loadTs('libs/shared/platform/src/index.ts');
  const module = loadTs(`apps/${service}/src/app/create-${service}-app.ts`);
  const app = await module[create](loadConfig(module[schema], { ...COMMON, ...env, LOG_LEVEL: 'error' }));
  return `${JSON.stringify(apiDocumentOf(app), null, 2)}\n`;
}

await runMain(async () => {
  const check = process.argv.includes('--check');
  const stale = [];
  const write = (file, text) => {
    const path = join(root, file);
    const before = readFileSync(path, { encoding: 'utf8', flag: 'a+' });
    if (before === text) return;
    if (check) stale.push(file);
    else writeFileSync(path, text);
  };
  step(check ? 'Checking the OpenAPI documents and the web app’s API types' : 'Writing the OpenAPI documents and the web app’s API types');
  for (const service of Object.keys(SERVICES)) {
    const document = await serviceDocument(service);
    write(SERVICE_DOCUMENTS[service], document);
    write(webTypesFile(service), await webTypesOf(JSON.parse(document)));
  }
  if (stale.length > 0) fail(`Out of date (run npm run openapi): ${stale.join(', ')}`);
  ok(check ? 'Documents and types are current' : 'Written');
  // The apps hold no connections, but Nest's and kafkajs's timers would keep the process alive.
  process.exit(0);
});
