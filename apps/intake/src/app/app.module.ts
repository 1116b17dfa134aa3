import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { DEAD_LETTER_SINK, DeadLetterSink, EventConsumer, MessagingModule } from '@budgetflow/messaging';
import { AuthModule, DatabaseModule, HealthModule, structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IntakeConfig } from './intake-config';
import { ProposalsController } from './proposals/proposals.controller';
import { ProposalsService } from './proposals/proposals.service';
import { RoundsController } from './rounds/rounds.controller';
import { RoundsService } from './rounds/rounds.service';
import { workflowEventHandlers } from './workflow-events/workflow-event-handlers';
import { WorkflowEventsController } from './workflow-events/workflow-events.controller';

@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        structuredLogging('intake', config.LOG_LEVEL),
        DatabaseModule.forRoot(IntakeDatabase, config.INTAKE_DATABASE_URL),
        MessagingModule.register({ brokers: config.KAFKA_BROKERS, clientId: 'intake', topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        AuthModule.register({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
        HealthModule.forService(),
      ],
      controllers: [RoundsController, ProposalsController, WorkflowEventsController],
      providers: [
        RoundsService,
        ProposalsService,
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        {
          provide: EventConsumer,
          inject: [IntakeDatabase, DEAD_LETTER_SINK, Logger],
          useFactory: (db: IntakeDatabase, deadLetters: DeadLetterSink, logger: Logger) =>
            new EventConsumer(db, deadLetters, workflowEventHandlers(), { consumer: 'intake', log: (level, msg, extra) => logger[level]({ ...extra, msg }) }),
        },
      ],
    };
  }
}
