import { InstanceActivity } from '@budgetflow/messaging';
import { Controller, Get, HttpStatus, Inject, Logger, Res } from '@nestjs/common';
import { Response } from 'express';
import { GATEWAY_CONFIG, GatewayConfig } from '../config/gateway-config';
import { SessionStore } from '../session/session-store';

/** /health's answer, as the services give it (the gateway consumes no events). */
interface GatewayHealth {
  status: 'up' | 'down';
  instance: string;
  consumedEvents: number;
  servedRequests: number;
}

/**
 * Liveness and the session database, for npm start, orchestrators and the load balancer: up or down (what failed
 * goes to the log), this instance's name (INSTANCE_ID) and the requests it answered since it started.
 */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly store: SessionStore,
    private readonly activity: InstanceActivity,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<GatewayHealth> {
    try {
      await this.store.ping();
      return this.view('up');
    } catch (error) {
      this.logger.error(`The session database does not answer: ${error instanceof Error ? error.message : String(error)}`);
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return this.view('down');
    }
  }

  private view(status: 'up' | 'down'): GatewayHealth {
    return { status, instance: this.config.INSTANCE_ID, consumedEvents: 0, servedRequests: this.activity.servedRequests };
  }
}
