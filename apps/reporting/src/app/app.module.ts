import { serviceFoundation } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { DynamicModule, Module } from '@nestjs/common';
import { ReadModelModule } from './read-model/read-model.module';
import { PublicSiteModule } from './public-site/public-site.module';
import { ReportsModule } from './reports/reports.module';
import { ReportingConfig } from './reporting-config';

@Module({})
export class AppModule {
  static forRoot(config: ReportingConfig): DynamicModule {
    const reports = ReportsModule.forRoot(config.REPORT_RENDER_WORKERS);
    return {
      module: AppModule,
      imports: [
        ...serviceFoundation('reporting', config, ReportingDatabase, config.REPORTING_DATABASE_URL),
        ReadModelModule,
        reports,
        PublicSiteModule.forRoot(reports),
      ],
    };
  }
}
