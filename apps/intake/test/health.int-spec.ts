import { loadConfig } from '@budgetflow/platform';
import { describeHealth } from '@budgetflow/testing';
import { createIntakeApp } from '../src/app/create-intake-app';
import { intakeConfigSchema } from '../src/app/intake-config';

describeHealth('intake', () => createIntakeApp(loadConfig(intakeConfigSchema, { ...process.env, INTAKE_PORT: '1' })));
