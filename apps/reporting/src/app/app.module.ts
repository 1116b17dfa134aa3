import { eventConsumerProvider } from '@budgetflow/messaging';
import { serviceFoundation } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { DynamicModule, Module } from '@nestjs/common';
import { applyReadModelBatch, readModelHandlers } from './read-model/read-model-batch';
import { RenderPool } from './rendering/render-pool';
import { ReportDataService } from './reports/report-data.service';
import { ReportRenderer } from './reports/report-renderer';
import { ReportStore } from './reports/report-store.service';
import { ReportTimes } from './reports/report-times';
import { ReportsController } from './reports/reports.controller';
import { ReportingConfig } from './reporting-config';

@Module({})
export class AppModule {
  static forRoot(config: ReportingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceFoundation('reporting', config, ReportingDatabase, config.REPORTING_DATABASE_URL),
      controllers: [ReportsController],
      providers: [
        ReportDataService,
        ReportStore,
        ReportTimes,
        ReportRenderer,
        { provide: RenderPool, useFactory: () => new RenderPool(config.REPORT_RENDER_WORKERS) },
        eventConsumerProvider('reporting', readModelHandlers, applyReadModelBatch),
      ],
    };
  }
}
