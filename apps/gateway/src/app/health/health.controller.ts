import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { SessionStore } from '../session/session-store';

/** Liveness and the session database, for npm start and orchestrators. */
@Controller('health')
export class HealthController {
  constructor(private readonly store: SessionStore) {}

  @Get()
  async health(): Promise<{ status: string; details: { database: { status: string } } }> {
    try {
      await this.store.ping();
      return { status: 'ok', details: { database: { status: 'up' } } };
    } catch {
      throw new ServiceUnavailableException({ status: 'error', details: { database: { status: 'down' } } });
    }
  }
}
