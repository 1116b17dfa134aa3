import { ConfigOf, authConfigSchema, commonConfigSchema, port, url } from '@budgetflow/platform';

/** Every variable the intake service reads; validated at start-up. */
export const intakeConfigSchema = {
  ...commonConfigSchema,
  ...authConfigSchema,
  INTAKE_PORT: port(),
  INTAKE_DATABASE_URL: url('postgresql:', 'postgres:'),
};

export type IntakeConfig = ConfigOf<typeof intakeConfigSchema>;
