import { loadConfig } from '@budgetflow/platform';
import { describeHealth } from '@budgetflow/testing';
import { createReportingApp } from '../src/app/create-reporting-app';
import { reportingConfigSchema } from '../src/app/reporting-config';

describeHealth('reporting', () => createReportingApp(loadConfig(reportingConfigSchema, { ...process.env, REPORTING_PORT: '1' })));
