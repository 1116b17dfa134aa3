import 'reflect-metadata';
import { createServiceApp, runService } from '@budgetflow/platform';
import { AppModule } from './app/app.module';
import { intakeConfigSchema } from './app/intake-config';

void runService('intake', intakeConfigSchema, async (config) => ({
  app: await createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Indsendelse af budgetforslag',
    description: 'Fagudvalgenes budgetforslag: kladder, indsendelse og tilbagetrækning.',
  }),
  port: config.INTAKE_PORT,
  host: config.HTTP_HOST,
}));
