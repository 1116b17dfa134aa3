import { DEAD_LETTER_SINK, DeadLetterSink, EventConsumer, MessagingModule } from '@budgetflow/messaging';
import { AuthModule, DatabaseModule, HealthModule, structuredLogging } from '@budgetflow/platform';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { EventsController } from './read-model/events.controller';
import { readModelHandlers } from './read-model/read-model-handlers';
import { ReportDataService } from './reports/report-data.service';
import { ReportRenderer } from './reports/report-renderer';
import { ReportStore } from './reports/report-store.service';
import { ReportsController } from './reports/reports.controller';
import { ReportingConfig } from './reporting-config';

@Module({})
export class AppModule {
  static forRoot(config: ReportingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        structuredLogging('reporting', config.LOG_LEVEL),
        DatabaseModule.forRoot(ReportingDatabase, config.REPORTING_DATABASE_URL),
        MessagingModule.register({ brokers: config.KAFKA_BROKERS, clientId: 'reporting', topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        AuthModule.register({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
        HealthModule.forService(),
      ],
      controllers: [EventsController, ReportsController],
      providers: [
        ReportDataService,
        ReportStore,
        ReportRenderer,
        {
          provide: EventConsumer,
          inject: [ReportingDatabase, DEAD_LETTER_SINK, Logger],
          useFactory: (db: ReportingDatabase, deadLetters: DeadLetterSink, logger: Logger) =>
            new EventConsumer(db, deadLetters, readModelHandlers(), { consumer: 'reporting', log: (level, msg, extra) => logger[level]({ ...extra, msg }) }),
        },
      ],
    };
  }
}
