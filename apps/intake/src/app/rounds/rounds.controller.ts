import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles, ApiProblems, AuthenticatedUser, CurrentRequest, CurrentUser, RequestContext, uuidParam } from '@budgetflow/platform';
import { CreateRoundDto } from './create-round.dto';
import { RoundView } from './round.view';
import { RoundsService } from './rounds.service';

@ApiTags('Budgetrunder')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Post()
  @AllowRoles({ roles: ['budget_office'], code: 'round.budget_office_only', detail: 'Kun Koncernøkonomi kan oprette budgetrunder.' })
  @ApiOperation({ summary: 'Opret en budgetrunde (Koncernøkonomi)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Gentages en POST med samme nøgle, gives det første svar igen, og intet oprettes på ny' })
  @ApiCreatedResponse({ type: RoundView })
  @ApiProblems(400, 401, 'round.budget_office_only', 'round.duplicate', 'request.too_large', 'idempotency.key_reused')
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateRoundDto, @CurrentRequest() request: RequestContext): Promise<RoundView> {
    return this.rounds.create(user, dto, request);
  }

  @Get()
  @ApiOperation({ summary: 'Alle budgetrunder' })
  @ApiOkResponse({ type: [RoundView] })
  @ApiProblems(401)
  list(): Promise<RoundView[]> {
    return this.rounds.list();
  }

  @Get(':roundId')
  @ApiOperation({ summary: 'Én budgetrunde' })
  @ApiOkResponse({ type: RoundView })
  @ApiProblems(400, 401, 'round.not_found')
  get(@Param('roundId', uuidParam('roundId')) id: string): Promise<RoundView> {
    return this.rounds.get(id);
  }
}
