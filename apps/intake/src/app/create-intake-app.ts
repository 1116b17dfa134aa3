import { Topic } from '@budgetflow/contracts';
import { EventConsumer, eventBatchTransport } from '@budgetflow/messaging';
import { createServiceApp, rateLimitsFrom } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { IMPORT_UPLOAD } from './proposal-import/proposal-import.controller';
import { IntakeConfig } from './intake-config';

export { intakeConfigSchema } from './intake-config';

/** The intake service as an application, configured; used by main.ts and by the integration tests. */
export async function createIntakeApp(config: IntakeConfig): Promise<NestExpressApplication> {
  const app = await createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Indsendelse af budgetforslag',
    description:
      'Fagudvalgenes budgetforslag: kladder, indsendelse og tilbagetrækning. Alle kald kræver en adgangsbillet (Bearer JWT) med rolle og, for udvalgssekretariater, udvalg. Fejl gives som problem details (RFC 9457).',
    rateLimits: rateLimitsFrom(config),
    requestTimeoutSeconds: config.REQUEST_TIMEOUT_SECONDS,
    uploads: [IMPORT_UPLOAD],
  });
  // The workflow's events come in batches (one transaction and one offset commit each).
  const settings = { brokers: config.KAFKA_BROKERS, clientId: 'intake', topicPrefix: config.KAFKA_TOPIC_PREFIX };
  const transport = eventBatchTransport(app.get(EventConsumer), { settings, groupId: 'intake', topics: [Topic.WorkflowEvents] });
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  return app;
}
