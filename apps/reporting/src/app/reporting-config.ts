import { ConfigOf, authConfigSchema, commonConfigSchema, port, url } from '@budgetflow/platform';

/** Every variable the reporting service reads; validated at start-up. */
export const reportingConfigSchema = {
  ...commonConfigSchema,
  ...authConfigSchema,
  REPORTING_PORT: port(),
  REPORTING_DATABASE_URL: url('postgresql:', 'postgres:'),
};

export type ReportingConfig = ConfigOf<typeof reportingConfigSchema>;
