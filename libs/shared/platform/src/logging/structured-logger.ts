import { LoggerService } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as Pino } from 'pino';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** While a request is handled: pino-http's child logger for it, so every line carries the request id. */
export const requestLog = new AsyncLocalStorage<Pino>();

/**
 * Nest's logger interface over pino: one JSON line per call, Nest's context (the last argument) as `context`, an
 * object message merged into the line, an Error as `err`.
 */
export class StructuredLogger implements LoggerService {
  constructor(private readonly root: Pino) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = requestLog.getStore() ?? this.root;
    const fields: Record<string, unknown> = {};
    const rest = [...params];
    if (rest.length > 0) fields['context'] = rest.pop();
    if (message instanceof Error) fields['err'] = message;
    else if (typeof message === 'object' && message !== null) Object.assign(fields, message);
    // Nest's exception handlers call error(message, stack, context): the stack belongs to an error.
    const stack = rest[0];
    if (level === 'error' && typeof message === 'string' && typeof stack === 'string' && /\n\s*at /.test(stack)) {
      fields['err'] = Object.assign(new Error(message), { stack });
      logger.error(fields);
      return;
    }
    if (typeof message === 'string') logger[level](fields, message);
    else logger[level](fields);
  }
}
