import { Module } from '@nestjs/common';
import { RoundDecisionsController } from './round-decisions.controller';
import { RoundDecisionsService } from './round-decisions.service';

/** A round's decisions and its budget agreement, as the reporting service and readers fetch them. */
@Module({
  controllers: [RoundDecisionsController],
  providers: [RoundDecisionsService],
  exports: [RoundDecisionsService],
})
export class RoundsModule {}
