import { ConfigOf, authConfigSchema, commonConfigSchema, port, url, wholeNumber } from '@budgetflow/platform';

/** Every variable the reporting service reads; validated at start-up. */
export const reportingConfigSchema = {
  ...commonConfigSchema,
  ...authConfigSchema,
  REPORTING_PORT: port(),
  REPORTING_DATABASE_URL: url('postgresql:', 'postgres:'),
  /** Worker threads that render reports (each can take a few hundred MB while it lays out a large catalogue). */
  REPORT_RENDER_WORKERS: wholeNumber(1, 1),
};

export type ReportingConfig = ConfigOf<typeof reportingConfigSchema>;
