import { Module } from '@nestjs/common';
import { PrismaRoundRepository, RoundRepository } from './round.repository';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';

/** Budget rounds: the budget office defines them; the other features read them through RoundRepository. */
@Module({
  controllers: [RoundsController],
  providers: [RoundsService, { provide: RoundRepository, useClass: PrismaRoundRepository }],
  exports: [RoundRepository],
})
export class RoundsModule {}
