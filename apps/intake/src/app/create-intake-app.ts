import { createServiceApp } from '@budgetflow/platform';
import { INestApplication } from '@nestjs/common';
import { AppModule } from './app.module';
import { IntakeConfig } from './intake-config';

export { intakeConfigSchema } from './intake-config';

/** The intake service as an application, configured; used by main.ts and by the integration tests. */
export function createIntakeApp(config: IntakeConfig): Promise<INestApplication> {
  return createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Indsendelse af budgetforslag',
    description: 'Fagudvalgenes budgetforslag: kladder, indsendelse og tilbagetrækning.',
  });
}
