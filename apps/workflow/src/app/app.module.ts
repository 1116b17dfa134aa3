import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { idempotencyInterceptorProvider, serviceFoundation } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AgreementsModule } from './agreements/agreements.module';
import { IntakeEventsModule } from './intake-events/intake-events.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PackagesModule } from './packages/packages.module';
import { ProposalsModule } from './proposals/proposals.module';
import { PublicationsModule } from './publications/publications.module';
import { RoundsModule } from './rounds/rounds.module';
import { WorkflowConfig } from './workflow-config';

/** The workflow service: its foundation (logs, database, Kafka, tokens, health) and one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: WorkflowConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceFoundation('workflow', config, WorkflowDatabase, config.WORKFLOW_DATABASE_URL),
        ProposalsModule,
        MeetingsModule,
        PackagesModule,
        AgreementsModule,
        RoundsModule,
        PublicationsModule,
        IntakeEventsModule,
      ],
      providers: [idempotencyInterceptorProvider],
    };
  }
}
