import { InstanceActivity } from '@budgetflow/messaging';
import { Controller, Get, Inject, Logger, Optional, Res, ServiceUnavailableException } from '@nestjs/common';
import { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/auth.guard';
import { HEALTH_INSTANCE, HEALTH_PROBES, HealthProbes } from './health-probes';
import { HealthView } from './health.view';

@ApiTags('Drift')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbes,
    @Inject(HEALTH_INSTANCE) private readonly instance: string,
    @Optional() private readonly activity?: InstanceActivity,
  ) {}

  @Get()
  // Its own documentation, not terminus's (which describes terminus's answer, not this one).
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Tjenestens tilstand: «up» når database og Kafka svarer (200), ellers «down» (503); detaljerne står i loggen',
    description: 'Navngiver instansen og tæller de hændelser og forespørgsler, den har behandlet siden start (flere instanser bag en lastbalancer).',
  })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    try {
      await this.health.check(
        Object.entries(this.probes).map(
          ([name, probe]) =>
            () =>
              this.run(name, probe),
        ),
      );
      return this.view('up');
    } catch (error) {
      // Anyone may ask, so a failing dependency's error message goes to the log, not to the caller.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      this.logger.warn({ msg: 'Health check failed', details: (error.getResponse() as { details?: unknown }).details });
      response.status(503);
      return this.view('down');
    }
  }

  private view(status: 'up' | 'down'): HealthView {
    return { status, instance: this.instance, consumedEvents: this.activity?.consumedEvents ?? 0, servedRequests: this.activity?.servedRequests ?? 0 };
  }

  private async run(name: string, probe: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(name);
    try {
      await probe();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
