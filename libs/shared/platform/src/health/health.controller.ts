import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/auth.guard';
import { HEALTH_PROBES, HealthProbes } from './health-probes';

@ApiTags('Drift')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_PROBES) private readonly probes: HealthProbes,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Tjenestens tilstand: database og Kafka (200 når alt svarer, ellers 503)' })
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check(Object.entries(this.probes).map(([name, probe]) => () => this.run(name, probe)));
    } catch (error) {
      // A failing check still answers with every probe's details (503), not as an error document.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse();
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
