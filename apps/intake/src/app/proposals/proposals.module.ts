import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ProposalReadsService } from './proposal-reads.service';
import { ProposalsService } from './proposals.service';

/** The committees' proposals: drafts, edits, submission and withdrawal (forwarded to the workflow once it holds them). */
@Module({
  imports: [RoundsModule],
  controllers: [ProposalsController],
  providers: [ProposalsService, ProposalReadsService, ProposalRepository],
  exports: [ProposalRepository],
})
export class ProposalsModule {}
