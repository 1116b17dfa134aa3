import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module';
import { ProposalReadsService } from './proposal-reads.service';
import { ProposalRepository } from './proposal.repository';
import { ProposalsController } from './proposals.controller';
import { ReturnProposalService } from './return-proposal.service';
import { WithdrawProposalService } from './withdraw-proposal.service';

/** Proposals as the workflow sees them, and the budget office's return and the committee's late withdrawal. */
@Module({
  imports: [StoreModule],
  controllers: [ProposalsController],
  providers: [ProposalRepository, ProposalReadsService, ReturnProposalService, WithdrawProposalService],
  exports: [ProposalReadsService],
})
export class ProposalsModule {}
