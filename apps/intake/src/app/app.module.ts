import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { idempotencyInterceptorProvider, serviceFoundation } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { IntakeConfig } from './intake-config';
import { ProposalImportModule } from './proposal-import/proposal-import.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RoundsModule } from './rounds/rounds.module';
import { WorkflowClientModule } from './workflow-client/workflow-client.module';
import { WorkflowEventsModule } from './workflow-events/workflow-events.module';

/** The intake service: its foundation (logs, database, Kafka, tokens, health) and one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceFoundation('intake', config, IntakeDatabase, config.INTAKE_DATABASE_URL),
        WorkflowClientModule.register(config.WORKFLOW_URL),
        RoundsModule,
        ProposalsModule,
        ProposalImportModule.register(config.INTAKE_DATABASE_URL),
        WorkflowEventsModule,
      ],
      providers: [idempotencyInterceptorProvider],
    };
  }
}
