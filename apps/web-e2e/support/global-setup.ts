import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Starts the test system once for all browser tests (tools/e2e/stack.mjs, the project's own tools) and hands its
// addresses to the tests in environment variables; the returned function stops it again.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const stack = pathToFileURL(join(__dirname, '..', '..', '..', 'tools', 'e2e', 'stack.mjs')).href;
  const { startE2eStack } = (await import(stack)) as { startE2eStack(): Promise<{ settings: Record<string, string>; stop(): Promise<void> }> };
  const { settings, stop } = await startE2eStack();
  process.env['E2E_BASE_URL'] = settings['GATEWAY_PUBLIC_URL'];
  process.env['E2E_ISSUER'] = settings['OIDC_ISSUER'];
  process.env['E2E_INTAKE_URL'] = `http://${settings['HTTP_HOST']}:${settings['INTAKE_PORT']}`;
  process.env['E2E_WORKFLOW_URL'] = settings['WORKFLOW_URL'];
  process.env['E2E_REPORTING_URL'] = settings['REPORTING_URL'];
  // The tests act as another role through the API with development tokens, as the seed does.
  process.env['E2E_JWT_SECRET'] = settings['JWT_SECRET'];
  process.env['E2E_JWT_AUDIENCE'] = settings['JWT_AUDIENCE'];
  process.env['E2E_PASSWORD'] = settings['DEV_IDP_PASSWORD'];
  process.env['E2E_COOKIE_NAME'] = settings['GATEWAY_COOKIE_NAME'];
  // The whole stack's settings, for a test that runs the main job against it (tools/demo/run-budget-round.mjs).
  process.env['E2E_STACK_SETTINGS'] = JSON.stringify(settings);
  return stop;
}
