import 'reflect-metadata';
import { authProblems, runService } from '@budgetflow/platform';
import { createWorkflowApp } from './app/create-workflow-app';
import { workflowConfigSchema } from './app/workflow-config';

void runService('workflow', workflowConfigSchema, authProblems, async (config) => ({
  app: await createWorkflowApp(config),
  port: config.WORKFLOW_PORT,
  host: config.HTTP_HOST,
}));
