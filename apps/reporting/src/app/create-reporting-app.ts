import { kafkaTransport } from '@budgetflow/messaging';
import { createServiceApp, rateLimitsFrom } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ReportingConfig } from './reporting-config';

export { reportingConfigSchema } from './reporting-config';

/** The reporting service as an application, configured; used by main.ts and by the integration tests. */
export function createReportingApp(config: ReportingConfig): Promise<NestExpressApplication> {
  return createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Bilag',
    description: 'Bilagene (PDF) til budgetlægningen: katalog, faktaark, rammeopfølgning, udmøntning og vedtaget oversigt.',
    consumer: kafkaTransport({ brokers: config.KAFKA_BROKERS, clientId: 'reporting', topicPrefix: config.KAFKA_TOPIC_PREFIX }, 'reporting'),
    rateLimits: rateLimitsFrom(config),
  });
}
