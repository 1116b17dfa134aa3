import { InstanceActivity } from '@budgetflow/messaging';
import { DynamicModule, Type } from '@nestjs/common';
import { ModuleRef, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { MicroserviceOptions } from '@nestjs/microservices';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { StructuredLogger } from '../logging/structured-logger';
import { InputShapePipe } from '../hardening/body-shape.pipe';
import { answerClientErrorsAsProblems } from '../hardening/client-errors';
import { requireJsonBodies } from '../hardening/content-type';
import { UploadRoute, rawUploads } from '../hardening/raw-upload';
import { DEFAULT_RATE_LIMITS, RateLimitSettings, SubjectRateLimitInterceptor, addressRateLimit } from '../hardening/rate-limit';
import { securityHeaders } from '../hardening/security-headers';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS, bodyDeadline } from '../hardening/body-deadline';
import { tokenBeforeBody } from '../hardening/token-before-body';
import { TokenVerifier } from '../auth/token-verifier';
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
  /** Requests per client address and per subject (RATE_LIMIT_* variables). */
  rateLimits?: RateLimitSettings;
  /** Routes that take a file as raw body (e.g. a spreadsheet import), each with its media types and size limit. */
  uploads?: readonly UploadRoute[];
  /** Longest a request's body may take to arrive (REQUEST_TIMEOUT_SECONDS). */
  requestTimeoutSeconds?: number;
}

const documents = new WeakMap<NestExpressApplication, OpenAPIObject>();

/** The OpenAPI document an app serves at /docs/openapi.json; built with the app, so it is there before the app starts. */
export function apiDocumentOf(app: NestExpressApplication): OpenAPIObject {
  const document = documents.get(app);
  if (!document) throw new Error('The app was not made by createServiceApp');
  return document;
}

/** Builds a service's Nest application the same way for production and tests: logs, API docs, Kafka consumer. */
export async function createServiceApp(module: Type<unknown> | DynamicModule, options: ServiceAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(StructuredLogger));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  answerClientErrorsAsProblems(app.getHttpServer());
  const activity = providerOf(app, InstanceActivity);
  // Every answer counts, a refusal too, but not /health's own (it shows the count: see InstanceActivity).
  if (activity) app.use(countServedRequests(activity));
  // In this order: headers on every answer, the body's deadline, the address limit before any work, the token
  // before a byte of the body is read, a non-JSON body refused unread.
  app.use(securityHeaders);
  app.use(bodyDeadline(options.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS));
  app.use(addressRateLimit(options.rateLimits ?? DEFAULT_RATE_LIMITS));
  const verifier = providerOf(app, TokenVerifier);
  if (verifier) app.use(tokenBeforeBody(verifier));
  if (options.uploads) app.use(rawUploads(options.uploads));
  app.use(requireJsonBodies);
  app.useBodyParser('json', { limit: MAX_BODY_BYTES, type: ['application/json', 'application/*+json'] });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new SubjectRateLimitInterceptor(options.rateLimits ?? DEFAULT_RATE_LIMITS));
  // The input's shape (depth, size, keys, characters) is checked before class-transformer walks it.
  app.useGlobalPipes(new InputShapePipe(), requestValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  documents.set(app, document);
  if (options.consumer) app.connectMicroservice<MicroserviceOptions>(options.consumer, { inheritAppConfig: true });
  return app;
}

// Every service has them (AuthModule, MessagingModule); an app built without them (a test's bare module) has none.
function providerOf<T>(app: NestExpressApplication, type: Type<T>): T | undefined {
  try {
    // Through ModuleRef: the app's own get() ends the process on a missing provider (Nest's abortOnError).
    return app.get(ModuleRef).get(type, { strict: false });
  } catch {
    return undefined;
  }
}

/** Express middleware: counts each request once its answer is sent. */
export function countServedRequests(activity: InstanceActivity) {
  return (request: Request, response: Response, next: NextFunction): void => {
    // A load balancer asks /health twice a second: those are not requests anyone was served.
    if (request.path !== '/health') response.once('finish', () => activity.served());
    next();
  };
}

/**
 * Starts the Kafka consumer without holding up HTTP: while the broker is unreachable the service keeps serving
 * (its health says Kafka is down) and the consumer is retried until it connects.
 */
export function startConsumersInBackground(app: NestExpressApplication, retryMs = 3000): void {
  const logger = app.get(StructuredLogger);
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
