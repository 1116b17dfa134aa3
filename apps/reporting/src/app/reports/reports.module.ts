import { DynamicModule, Module } from '@nestjs/common';
import { RenderingModule } from '../rendering.module';
import { ReportDataService } from './report-data.service';
import { ReportRenderer } from './report-renderer';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';
import { ReportsAhead } from './reports-ahead';
import { ReportWatches } from './report-watches';
import { ConformanceController } from './conformance.controller';
import { FactSheetsController } from './fact-sheets.controller';
import { ReportListController } from './report-list.controller';
import { ReportSender } from './report-sender';
import { ReportsController } from './reports.controller';
import { RoundExportController } from './round-export.controller';

/** The bilag: their data from the read model, rendered and stored, served over HTTP. */
@Module({})
export class ReportsModule {
  static forRoot(renderWorkers: number): DynamicModule {
    return {
      module: ReportsModule,
      imports: [RenderingModule.forRoot(renderWorkers)],
      controllers: [ReportListController, ReportsController, RoundExportController, FactSheetsController, ConformanceController],
      providers: [ReportDataService, ReportStore, ReportTimes, ReportWatches, ReportRenderer, ReportsAhead, ReportSender],
      exports: [ReportRenderer, ReportsAhead, ReportDataService, ReportStore],
    };
  }
}
