import { ConfigOf, authConfigSchema, commonConfigSchema, port, url } from '@budgetflow/platform';

/** Every variable the workflow service reads; validated at start-up. */
export const workflowConfigSchema = {
  ...commonConfigSchema,
  ...authConfigSchema,
  WORKFLOW_PORT: port(),
  WORKFLOW_DATABASE_URL: url('postgresql:', 'postgres:'),
};

export type WorkflowConfig = ConfigOf<typeof workflowConfigSchema>;
