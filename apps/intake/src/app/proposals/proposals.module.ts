import { DynamicModule, Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module';
import { WORKFLOW_URL, WorkflowClient } from '../workflow-client/workflow-client';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/** The committees' proposals: drafts, edits, submission and withdrawal (forwarded to the workflow once it holds them). */
@Module({})
export class ProposalsModule {
  static register(workflowUrl: string): DynamicModule {
    return {
      module: ProposalsModule,
      imports: [RoundsModule],
      controllers: [ProposalsController],
      providers: [ProposalsService, ProposalRepository, WorkflowClient, { provide: WORKFLOW_URL, useValue: workflowUrl }],
      exports: [ProposalRepository],
    };
  }
}
