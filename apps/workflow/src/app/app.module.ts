import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Clock, ClockModule, idempotencyInterceptorProvider, serviceFoundation } from '@budgetflow/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AgreementsModule } from './agreements/agreements.module';
import { IntakeEventsModule } from './intake-events/intake-events.module';
import { MeetingsModule } from './meetings/meetings.module';
import { PackagesModule } from './packages/packages.module';
import { ProposalsModule } from './proposals/proposals.module';
import { QuestionsModule } from './questions/questions.module';
import { PublicationsModule } from './publications/publications.module';
import { RoundsModule } from './rounds/rounds.module';
import { WorkflowConfig } from './workflow-config';

/** The workflow service: its foundation (logs, database, Kafka, tokens, health) and one module per feature. */
@Module({})
export class AppModule {
  /** `clock`: the time the service's rules go by (budget questions' window and deadlines); a test sets its own. */
  static forRoot(config: WorkflowConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceFoundation('workflow', config, WorkflowDatabase, config.WORKFLOW_DATABASE_URL),
        ClockModule.with(clock),
        ProposalsModule,
        MeetingsModule,
        PackagesModule,
        AgreementsModule,
        RoundsModule,
        QuestionsModule,
        PublicationsModule,
        IntakeEventsModule,
      ],
      providers: [idempotencyInterceptorProvider],
    };
  }
}
