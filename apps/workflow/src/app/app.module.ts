import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { DEAD_LETTER_SINK, DeadLetterSink, EventConsumer, MessagingModule } from '@budgetflow/messaging';
import { AuthModule, DatabaseModule, HealthModule, structuredLogging } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { BudgetAgreementController } from './agreements/budget-agreement.controller';
import { BudgetAgreementService } from './agreements/budget-agreement.service';
import { intakeEventHandlers } from './intake-event-handlers';
import { IntakeEventsController } from './intake-events.controller';
import { AgendaService } from './meetings/agenda.service';
import { DecisionsService } from './meetings/decisions.service';
import { MeetingsController } from './meetings/meetings.controller';
import { MeetingsService } from './meetings/meetings.service';
import { ProposalReadsService } from './proposals/proposal-reads.service';
import { ProposalsController } from './proposals/proposals.controller';
import { ReturnProposalService } from './proposals/return-proposal.service';
import { RoundDecisionsController } from './rounds/round-decisions.controller';
import { RoundDecisionsService } from './rounds/round-decisions.service';
import { WorkflowConfig } from './workflow-config';

@Module({})
export class AppModule {
  static forRoot(config: WorkflowConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        structuredLogging('workflow', config.LOG_LEVEL),
        DatabaseModule.forRoot(WorkflowDatabase, config.WORKFLOW_DATABASE_URL),
        MessagingModule.register({ brokers: config.KAFKA_BROKERS, clientId: 'workflow', topicPrefix: config.KAFKA_TOPIC_PREFIX }),
        AuthModule.register({ secret: config.JWT_SECRET, jwksUrl: config.JWT_JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
        HealthModule.forService(),
      ],
      controllers: [ProposalsController, MeetingsController, BudgetAgreementController, RoundDecisionsController, IntakeEventsController],
      providers: [
        ProposalReadsService,
        ReturnProposalService,
        MeetingsService,
        AgendaService,
        DecisionsService,
        BudgetAgreementService,
        RoundDecisionsService,
        {
          provide: EventConsumer,
          inject: [WorkflowDatabase, DEAD_LETTER_SINK, Logger],
          useFactory: (db: WorkflowDatabase, deadLetters: DeadLetterSink, logger: Logger) =>
            new EventConsumer(db, deadLetters, intakeEventHandlers(), { consumer: 'workflow', log: (level, msg, extra) => logger[level]({ ...extra, msg }) }),
        },
      ],
    };
  }
}
