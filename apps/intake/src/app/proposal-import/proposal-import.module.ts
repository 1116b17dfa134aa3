import { DynamicModule, Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { RoundsModule } from '../rounds/rounds.module';
import { ImportLock } from './import-lock';
import { ProposalImportController } from './proposal-import.controller';
import { ProposalImportService } from './proposal-import.service';

/** Proposals from a spreadsheet: the template, a preview and the all-or-nothing import (one at a time per person). */
@Module({})
export class ProposalImportModule {
  static register(databaseUrl: string): DynamicModule {
    return {
      module: ProposalImportModule,
      imports: [RoundsModule, ProposalsModule],
      controllers: [ProposalImportController],
      providers: [ProposalImportService, { provide: ImportLock, useValue: new ImportLock(databaseUrl) }],
    };
  }
}
