import { createIntakeApp, intakeConfigSchema } from '@budgetflow/intake-app';
import { loadConfig } from '@budgetflow/platform';
import { createReportingApp, reportingConfigSchema } from '@budgetflow/reporting-app';
import { createWorkflowApp, workflowConfigSchema } from '@budgetflow/workflow-app';
import { INestApplication } from '@nestjs/common';

// The services run in this process, against this test file's databases and topics (see useIsolatedEnvironment).
const env = () => ({ ...process.env, INTAKE_PORT: '1', WORKFLOW_PORT: '1', REPORTING_PORT: '1' });

async function listening(app: INestApplication): Promise<INestApplication> {
  await app.listen(0, '127.0.0.1');
  await app.startAllMicroservices();
  return app;
}

/** Intake, forwarding committees' withdrawals of submitted proposals to the given workflow app. */
export const startIntake = async (workflow?: INestApplication) =>
  listening(await createIntakeApp(loadConfig(intakeConfigSchema, { ...env(), ...(workflow ? { WORKFLOW_URL: await workflow.getUrl() } : {}) })));
export const startWorkflow = async () => listening(await createWorkflowApp(loadConfig(workflowConfigSchema, env())));
export const startReporting = async () => listening(await createReportingApp(loadConfig(reportingConfigSchema, env())));

/** Intake, workflow and reporting, each knowing where the others answer. */
export async function startAll(): Promise<[INestApplication, INestApplication, INestApplication]> {
  const [workflow, reporting] = await Promise.all([startWorkflow(), startReporting()]);
  return [await startIntake(workflow), workflow, reporting];
}

/** The three services, started before this file's tests and closed after them. */
export interface RunningServices {
  readonly intake: INestApplication;
  readonly workflow: INestApplication;
  readonly reporting: INestApplication;
}

/** Starts the three services for this test file (beforeAll) and closes them at its end (afterAll). */
export function useRunningServices(): RunningServices {
  let apps: [INestApplication, INestApplication, INestApplication] | undefined;
  beforeAll(async () => {
    apps = await startAll();
  }, 60_000);
  // A loaded machine can take a while to leave the consumer groups.
  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.close()));
  }, 120_000);
  const started = () => {
    if (!apps) throw new Error('the services start in beforeAll');
    return apps;
  };
  return {
    get intake() {
      return started()[0];
    },
    get workflow() {
      return started()[1];
    },
    get reporting() {
      return started()[2];
    },
  };
}
