import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { RoundsModule } from '../rounds/rounds.module';
import { ProposalImportController } from './proposal-import.controller';
import { ProposalImportService } from './proposal-import.service';

/** Proposals from a spreadsheet: the template, a preview and the all-or-nothing import. */
@Module({
  imports: [RoundsModule, ProposalsModule],
  controllers: [ProposalImportController],
  providers: [ProposalImportService],
})
export class ProposalImportModule {}
