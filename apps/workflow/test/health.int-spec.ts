import { loadConfig } from '@budgetflow/platform';
import { describeHealth } from '@budgetflow/testing';
import { createWorkflowApp } from '../src/app/create-workflow-app';
import { workflowConfigSchema } from '../src/app/workflow-config';

describeHealth('workflow', () => createWorkflowApp(loadConfig(workflowConfigSchema, { ...process.env, WORKFLOW_PORT: '1' })));
