import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { MicroserviceOptions } from '@nestjs/microservices';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { requestValidationPipe } from '../http/validation';

/** Largest JSON body accepted; a proposal with long texts is far below it. */
export const MAX_BODY_BYTES = 512 * 1024;

export interface ServiceAppOptions {
  /** Danish title of the API documentation. */
  title: string;
  description: string;
  /** Nest's Kafka transport options when the service consumes events. */
  consumer?: MicroserviceOptions;
}

/** Builds a service's Nest application the same way for production and tests: logs, API docs, Kafka consumer. */
export async function createServiceApp(module: Type<unknown> | DynamicModule, options: ServiceAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.useBodyParser('json', { limit: MAX_BODY_BYTES, type: ['application/json', 'application/*+json'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(requestValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  if (options.consumer) app.connectMicroservice<MicroserviceOptions>(options.consumer, { inheritAppConfig: true });
  return app;
}

/**
 * Starts the Kafka consumer without holding up HTTP: while the broker is unreachable the service keeps serving
 * (its health says Kafka is down) and the consumer is retried until it connects.
 */
export function startConsumersInBackground(app: NestExpressApplication, retryMs = 3000): void {
  const logger = app.get(Logger);
  const attempt = async (): Promise<void> => {
    try {
      await app.startAllMicroservices();
      logger.log('Kafka consumer started');
    } catch (error) {
      logger.warn(`Kafka consumer could not start (${error instanceof Error ? error.message : error}); retrying in ${retryMs} ms`);
      setTimeout(() => void attempt(), retryMs).unref();
    }
  };
  void attempt();
}
