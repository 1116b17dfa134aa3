import {
  AllowRoles,
  ApiProblems,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  RequestContext,
  uuidParam,
} from '@budgetflow/platform';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QuestionWindowDto } from './question-window.dto';
import { QuestionWindowService } from './question-window.service';
import { QuestionWindowView } from './question-window.view';

const BUDGET_OFFICE_ONLY = {
  roles: ['budget_office'],
  code: 'question.budget_office_only',
  detail: 'Kun Koncernøkonomi sætter perioden for budgetspørgsmål.',
} as const;

@ApiTags('Budgetspørgsmål')
@ApiBearerAuth()
@Controller('rounds/:roundId/question-window')
export class QuestionWindowController {
  constructor(private readonly windows: QuestionWindowService) {}

  @Get()
  @ApiOperation({ summary: 'Rundens periode for budgetspørgsmål og svarfristen, og om der kan spørges nu' })
  @ApiOkResponse({ type: QuestionWindowView })
  @ApiProblems(400, 401, 'round.not_found', 'question.window_not_found')
  get(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<QuestionWindowView> {
    return this.windows.get(roundId);
  }

  @Put()
  @AllowRoles(BUDGET_OFFICE_ONLY)
  @ApiOperation({
    summary: 'Sæt perioden for budgetspørgsmål og svarfristen (Koncernøkonomi)',
    description:
      'Åbning og frist som dato og klokkeslæt i dansk tid; svarfristen i kalenderdage fra fordelingen. En ny periode erstatter den gamle (også en, der er lukket før tid). Hændelse: question-window.set.v1.',
  })
  @ApiOkResponse({ type: QuestionWindowView })
  @ApiProblems(400, 401, 'question.budget_office_only', 'round.not_found')
  set(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Body() dto: QuestionWindowDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionWindowView> {
    return this.windows.set(user, roundId, dto, request);
  }

  @Post('close')
  @HttpCode(200)
  @AllowRoles(BUDGET_OFFICE_ONLY)
  @ApiOperation({ summary: 'Luk for budgetspørgsmål før fristen (Koncernøkonomi)', description: 'Hændelse: question-window.closed.v1.' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionWindowView })
  @ApiProblems(400, 401, 'question.budget_office_only', 'round.not_found', 'question.window_not_found', 'question.window_not_open', 'idempotency.key_reused')
  close(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionWindowView> {
    return this.windows.closeEarly(user, roundId, request);
  }
}
