import { Module } from '@nestjs/common';
import { RoundDecisionsController } from './round-decisions.controller';
import { RoundDecisionsRepository } from './round-decisions.repository';
import { RoundDecisionsService } from './round-decisions.service';

/** A round's decisions and its budget agreement, as the reporting service and readers fetch them. */
@Module({
  controllers: [RoundDecisionsController],
  providers: [RoundDecisionsRepository, RoundDecisionsService],
  exports: [RoundDecisionsService],
})
export class RoundsModule {}
