import { kafkaTransport } from '@budgetflow/messaging';
import { createServiceApp } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { WorkflowConfig } from './workflow-config';

export { workflowConfigSchema } from './workflow-config';

/** The workflow service as an application, configured; used by main.ts and by the integration tests. */
export function createWorkflowApp(config: WorkflowConfig): Promise<NestExpressApplication> {
  return createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Godkendelsesforløb',
    description: 'Budgetafdelingens, Forretningsudvalgets og Regionsrådets behandling af budgetforslag.',
    consumer: kafkaTransport({ brokers: config.KAFKA_BROKERS, clientId: 'workflow', topicPrefix: config.KAFKA_TOPIC_PREFIX }, 'workflow'),
  });
}
