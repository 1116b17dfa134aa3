import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { StoreModule } from '../store/store.module';
import { AgendaService } from './agenda.service';
import { DecisionsService } from './decisions.service';
import { MeetingRepository, PrismaMeetingRepository } from './meeting.repository';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';

/** FU's and RR's meetings: their agendas and the decisions taken on them. */
@Module({
  imports: [ProposalsModule, StoreModule],
  controllers: [MeetingsController],
  providers: [MeetingsService, AgendaService, DecisionsService, { provide: MeetingRepository, useClass: PrismaMeetingRepository }],
})
export class MeetingsModule {}
