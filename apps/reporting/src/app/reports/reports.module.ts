import { DynamicModule, Module } from '@nestjs/common';
import { RenderingModule } from '../rendering.module';
import { ReportDataService } from './report-data.service';
import { ReportRenderer } from './report-renderer';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';
import { ReportsAhead } from './reports-ahead';
import { ConformanceController } from './conformance.controller';
import { ReportsController } from './reports.controller';

/** The bilag: their data from the read model, rendered and stored, served over HTTP. */
@Module({})
export class ReportsModule {
  static forRoot(renderWorkers: number): DynamicModule {
    return {
      module: ReportsModule,
      imports: [RenderingModule.forRoot(renderWorkers)],
      controllers: [ReportsController, ConformanceController],
      providers: [ReportDataService, ReportStore, ReportTimes, ReportRenderer, ReportsAhead],
      exports: [ReportRenderer, ReportsAhead],
    };
  }
}
