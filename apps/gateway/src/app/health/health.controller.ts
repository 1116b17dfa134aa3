import { Controller, Get, HttpStatus, Logger, Res } from '@nestjs/common';
import { Response } from 'express';
import { SessionStore } from '../session/session-store';

/** Liveness and the session database, for npm start and orchestrators: up or down only, what failed goes to the log. */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(private readonly store: SessionStore) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<{ status: 'up' | 'down' }> {
    try {
      await this.store.ping();
      return { status: 'up' };
    } catch (error) {
      this.logger.error(`The session database does not answer: ${error instanceof Error ? error.message : String(error)}`);
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'down' };
    }
  }
}
