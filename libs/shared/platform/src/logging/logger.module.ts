import { DynamicModule, Global, Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { HttpLogger, pinoHttp } from 'pino-http';
import { StructuredLogger, requestLog } from './structured-logger';

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

export interface LoggingOptions {
  /** Paths of secrets never to write (pino's redact syntax); the Authorization header always. */
  redact?: readonly string[];
  /** Requests not worth a log line (health probes, static assets). */
  quietPath?: (url: string) => boolean;
}

/**
 * Structured JSON logs (pino) with the service name on every line; each request gets one line when it ends, and
 * what is logged while it is handled carries its request id. Provides the StructuredLogger the app logs through.
 */
@Global()
@Module({})
export class StructuredLoggingModule implements NestModule {
  constructor(@Inject(HTTP_LOGGER) private readonly http: HttpLogger) {}

  static forRoot(service: string, level: string, options: LoggingOptions = {}): DynamicModule {
    const quietPath = options.quietPath ?? ((url) => url === '/health');
    const http = pinoHttp({
      level,
      base: { service },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      redact: ['req.headers.authorization', ...(options.redact ?? [])],
      autoLogging: { ignore: (req) => quietPath(req.url ?? '') },
    });
    return {
      module: StructuredLoggingModule,
      providers: [
        { provide: HTTP_LOGGER, useValue: http },
        { provide: StructuredLogger, useValue: new StructuredLogger(http.logger) },
      ],
      exports: [StructuredLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const bindRequestLog = (req: IncomingMessage, _res: ServerResponse, next: () => void) => requestLog.run(req.log, next);
    // '{/*splat}' (no leading slash) matches every path including '/', as path-to-regexp v8 wants it.
    consumer.apply(this.http, bindRequestLog).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}

/** The logging module of a Budgetflow service. */
export function structuredLogging(service: string, level: string, options?: LoggingOptions): DynamicModule {
  return StructuredLoggingModule.forRoot(service, level, options);
}
