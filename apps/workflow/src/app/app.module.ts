import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { eventConsumerProvider } from '@budgetflow/messaging';
import { idempotencyInterceptorProvider, serviceFoundation } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
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
import { WithdrawProposalService } from './proposals/withdraw-proposal.service';
import { ReturnProposalService } from './proposals/return-proposal.service';
import { RoundDecisionsController } from './rounds/round-decisions.controller';
import { RoundDecisionsService } from './rounds/round-decisions.service';
import { WorkflowConfig } from './workflow-config';

@Module({})
export class AppModule {
  static forRoot(config: WorkflowConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceFoundation('workflow', config, WorkflowDatabase, config.WORKFLOW_DATABASE_URL),
      controllers: [ProposalsController, MeetingsController, BudgetAgreementController, RoundDecisionsController, IntakeEventsController],
      providers: [
        ProposalReadsService,
        ReturnProposalService,
        WithdrawProposalService,
        MeetingsService,
        AgendaService,
        DecisionsService,
        BudgetAgreementService,
        RoundDecisionsService,
        idempotencyInterceptorProvider,
        eventConsumerProvider('workflow', intakeEventHandlers),
      ],
    };
  }
}
