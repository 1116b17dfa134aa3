import { ConfigOf, authConfigSchema, commonConfigSchema, port, url } from '@budgetflow/platform';

/** Every variable the intake service reads; validated at start-up. */
export const intakeConfigSchema = {
  ...commonConfigSchema,
  ...authConfigSchema,
  INTAKE_PORT: port(),
  INTAKE_DATABASE_URL: url('postgresql:', 'postgres:'),
  // The workflow decides a committee's withdrawal of a submitted proposal: intake forwards the request there.
  WORKFLOW_URL: url('http:', 'https:'),
};

export type IntakeConfig = ConfigOf<typeof intakeConfigSchema>;
