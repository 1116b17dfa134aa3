import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { DEAD_LETTER_SINK, DeadLetterSink, EventConsumer, MessagingModule } from '@budgetflow/messaging';
import { AuthModule, DatabaseModule, HealthModule, structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { intakeEventHandlers } from './intake-event-handlers';
import { IntakeEventsController } from './intake-events.controller';
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
      controllers: [IntakeEventsController],
      providers: [
        {
          provide: EventConsumer,
          inject: [ReportingDatabase, DEAD_LETTER_SINK, Logger],
          useFactory: (db: ReportingDatabase, deadLetters: DeadLetterSink, logger: Logger) =>
            new EventConsumer(db, deadLetters, intakeEventHandlers(), { consumer: 'reporting', log: (level, msg, extra) => logger[level]({ ...extra, msg }) }),
        },
      ],
    };
  }
}
