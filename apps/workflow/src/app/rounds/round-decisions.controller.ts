import { ApiProblems, uuidParam } from '@budgetflow/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoundDecisionsView } from './round-decisions.view';
import { RoundDecisionsService } from './round-decisions.service';

@ApiTags('Møder og beslutninger')
@ApiBearerAuth()
@Controller('rounds/:roundId/decisions')
export class RoundDecisionsController {
  constructor(private readonly reads: RoundDecisionsService) {}

  @Get()
  @ApiOperation({ summary: 'En budgetrundes beslutninger i FU og RR og budgetaftalen' })
  @ApiOkResponse({ type: RoundDecisionsView })
  @ApiProblems(400, 401, 'round.not_found')
  decisions(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<RoundDecisionsView> {
    return this.reads.decisions(roundId);
  }
}
