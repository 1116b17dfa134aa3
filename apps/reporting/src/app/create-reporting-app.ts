import { createServiceApp, rateLimitsFrom } from '@budgetflow/platform';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { readModelTransport } from './read-model/read-model-transport';
import { ReportingConfig } from './reporting-config';

export { reportingConfigSchema } from './reporting-config';

/** The reporting service as an application, configured; used by main.ts and by the integration tests. */
export async function createReportingApp(config: ReportingConfig): Promise<NestExpressApplication> {
  const app = await createServiceApp(AppModule.forRoot(config), {
    title: 'Budgetflow: Bilag',
    description: 'Bilagene (PDF) til budgetlægningen: katalog, faktaark, rammeopfølgning, udmøntning og vedtaget oversigt.',
    rateLimits: rateLimitsFrom(config),
    requestTimeoutSeconds: config.REQUEST_TIMEOUT_SECONDS,
  });
  // The events come in batches (one transaction and one offset commit each), not through Nest's per-message transport.
  app.connectMicroservice({ strategy: readModelTransport(app, config) }, { inheritAppConfig: true });
  return app;
}
