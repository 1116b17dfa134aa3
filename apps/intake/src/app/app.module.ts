import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { eventConsumerProvider } from '@budgetflow/messaging';
import { idempotencyInterceptorProvider, serviceFoundation } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { IntakeConfig } from './intake-config';
import { ProposalImportController } from './proposal-import/proposal-import.controller';
import { ProposalImportService } from './proposal-import/proposal-import.service';
import { ProposalsController } from './proposals/proposals.controller';
import { ProposalsService } from './proposals/proposals.service';
import { RoundsController } from './rounds/rounds.controller';
import { RoundsService } from './rounds/rounds.service';
import { workflowEventHandlers } from './workflow-events/workflow-event-handlers';
import { WorkflowEventsController } from './workflow-events/workflow-events.controller';
import { WORKFLOW_URL, WorkflowClient } from './workflow-client/workflow-client';

@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: serviceFoundation('intake', config, IntakeDatabase, config.INTAKE_DATABASE_URL),
      controllers: [RoundsController, ProposalsController, ProposalImportController, WorkflowEventsController],
      providers: [
        RoundsService,
        ProposalsService,
        ProposalImportService,
        WorkflowClient,
        { provide: WORKFLOW_URL, useValue: config.WORKFLOW_URL },
        idempotencyInterceptorProvider,
        eventConsumerProvider('intake', workflowEventHandlers),
      ],
    };
  }
}
