import 'reflect-metadata';
import { authProblems, runService } from '@budgetflow/platform';
import { createIntakeApp } from './app/create-intake-app';
import { intakeConfigSchema } from './app/intake-config';

void runService('intake', intakeConfigSchema, authProblems, async (config) => ({
  app: await createIntakeApp(config),
  port: config.INTAKE_PORT,
  host: config.HTTP_HOST,
}));
