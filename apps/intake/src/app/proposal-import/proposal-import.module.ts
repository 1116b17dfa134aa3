import { Module } from '@nestjs/common';
import { ProposalRepository } from '../proposals/proposal.repository';
import { RoundsModule } from '../rounds/rounds.module';
import { ProposalImportController } from './proposal-import.controller';
import { ProposalImportService } from './proposal-import.service';

/** Proposals from a spreadsheet: the template, a preview and the all-or-nothing import. */
@Module({
  imports: [RoundsModule],
  controllers: [ProposalImportController],
  providers: [ProposalImportService, ProposalRepository],
})
export class ProposalImportModule {}
