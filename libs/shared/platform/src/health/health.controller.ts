import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/auth.guard';
import { HEALTH_PROBES, HealthProbes } from './health-probes';

@ApiTags('Drift')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbes,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Tjenestens tilstand: «up» når database og Kafka svarer (200), ellers «down» (503); detaljerne står i loggen' })
  async check(@Res({ passthrough: true }) response: Response): Promise<{ status: 'up' | 'down' }> {
    try {
      await this.health.check(
        Object.entries(this.probes).map(
          ([name, probe]) =>
            () =>
              this.run(name, probe),
        ),
      );
      return { status: 'up' };
    } catch (error) {
      // Anyone may ask, so a failing dependency's error message goes to the log, not to the caller.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      this.logger.warn({ msg: 'Health check failed', details: (error.getResponse() as { details?: unknown }).details });
      response.status(503);
      return { status: 'down' };
    }
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
