import 'reflect-metadata';
import { authProblems, runService } from '@budgetflow/platform';
import { createReportingApp } from './app/create-reporting-app';
import { reportingConfigSchema } from './app/reporting-config';

void runService('reporting', reportingConfigSchema, authProblems, async (config) => ({
  app: await createReportingApp(config),
  port: config.REPORTING_PORT,
  host: config.HTTP_HOST,
}));
