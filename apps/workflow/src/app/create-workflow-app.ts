import { Topic } from '@budgetflow/contracts';
import { EventConsumer, eventBatchTransport } from '@budgetflow/messaging';
import { Clock, createServiceApp, rateLimitsFrom } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { WorkflowConfig } from './workflow-config';

export { workflowConfigSchema } from './workflow-config';

/** The workflow service as an application, configured; used by main.ts and by the integration tests (which may set the clock). */
export async function createWorkflowApp(config: WorkflowConfig, clock?: Clock): Promise<NestExpressApplication> {
  const app = await createServiceApp(AppModule.forRoot(config, clock), {
    title: 'Budgetflow: Godkendelsesforløb',
    description:
      'Koncernøkonomis, Forretningsudvalgets og Regionsrådets behandling af de indsendte budgetforslag: retur med bemærkninger, dagsordener, beslutninger og budgetaftalen, med fuld historik. Alle kald kræver en adgangsbillet (Bearer JWT) med rolle. Fejl gives som problem details (RFC 9457); afviser arbejdsgangen en handling, gives reglens kode og danske begrundelse (409 i forkert status, 403 for forkert rolle).',
    rateLimits: rateLimitsFrom(config),
    requestTimeoutSeconds: config.REQUEST_TIMEOUT_SECONDS,
  });
  // Intake's events come in batches (one transaction and one offset commit each).
  const settings = { brokers: config.KAFKA_BROKERS, clientId: 'workflow', topicPrefix: config.KAFKA_TOPIC_PREFIX };
  const transport = eventBatchTransport(app.get(EventConsumer), { settings, groupId: 'workflow', topics: [Topic.IntakeEvents] });
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
  return app;
}
