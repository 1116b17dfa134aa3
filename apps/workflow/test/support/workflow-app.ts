import { Clock, loadConfig } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createWorkflowApp, workflowConfigSchema } from '../../src/app/create-workflow-app';

/** The workflow service in this process, on this test file's database and topics, consuming; `clock` sets its time. */
export async function startWorkflowApp(clock?: Clock): Promise<NestExpressApplication> {
  const app = await createWorkflowApp(loadConfig(workflowConfigSchema, { ...process.env, WORKFLOW_PORT: '1' }), clock);
  await app.listen(0, '127.0.0.1');
  await app.startAllMicroservices();
  return app;
}
