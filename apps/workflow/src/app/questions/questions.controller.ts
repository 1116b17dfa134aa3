import {
  ApiProblems,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  QUESTION_ACT_PROBLEMS,
  RequestContext,
  ifMatchHeader,
  uuidParam,
  versionFrom,
} from '@budgetflow/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QuestionReadsService } from './question-reads.service';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  AssignQuestionDto,
  MergeQuestionDto,
  QuestionActDto,
  QuestionQueryDto,
  RewordQuestionDto,
  SendBackQuestionDto,
} from './question.dto';
import { QuestionHistoryEntryView, QuestionView } from './question.view';
import { QuestionsService } from './questions.service';

const IF_MATCH = ifMatchHeader('handlingen');
const WHO_SEES =
  'Koncernøkonomi ser alle; et udvalgssekretariat de spørgsmål, der er fordelt til udvalget; et regionsrådsmedlem sine egne; alle ser de godkendte. Et svar vises først, når det er godkendt (før da kun for Koncernøkonomi og den, der svarer); andres spørgsmål findes ikke for den kaldende (404).';

@ApiTags('Budgetspørgsmål')
@ApiBearerAuth()
@Controller()
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly reads: QuestionReadsService,
  ) {}

  @Post('rounds/:roundId/questions')
  @ApiOperation({
    summary: 'Stil et budgetspørgsmål (regionsrådsmedlem), mens der er åbent for spørgsmål',
    description:
      'Spørgsmålet får rundens næste nummer (uden huller). Efter fristen, eller når Koncernøkonomi har lukket før tid: 409 question.deadline_passed. Hændelse: question.asked.v1.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: QuestionView })
  @ApiProblems(400, 401, 'question.wrong_role', 'round.not_found', 'question.window_not_open', 'question.deadline_passed', 'idempotency.key_reused')
  async ask(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Body() dto: AskQuestionDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.ask(user, roundId, dto, request));
  }

  @Get('rounds/:roundId/questions')
  @ApiOperation({ summary: 'Rundens budgetspørgsmål, som den kaldende må se dem, efter nummer', description: WHO_SEES })
  @ApiOkResponse({ type: [QuestionView] })
  @ApiProblems(400, 401, 'round.not_found')
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Query() query: QuestionQueryDto,
  ): Promise<QuestionView[]> {
    return this.reads.list(user, roundId, query.state, query.overdue === 'true');
  }

  @Get('questions/:questionId')
  @ApiOperation({ summary: 'Ét budgetspørgsmål', description: WHO_SEES })
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, 'question.not_found')
  get(@CurrentUser() user: AuthenticatedUser, @Param('questionId', uuidParam('questionId')) id: string): Promise<QuestionView> {
    return this.reads.get(user, id);
  }

  @Get('questions/:questionId/history')
  @ApiOperation({ summary: 'Spørgsmålets historik: hver handling med person og tidspunkt', description: WHO_SEES })
  @ApiOkResponse({ type: [QuestionHistoryEntryView] })
  @ApiProblems(400, 401, 'question.not_found')
  history(@CurrentUser() user: AuthenticatedUser, @Param('questionId', uuidParam('questionId')) id: string): Promise<QuestionHistoryEntryView[]> {
    return this.reads.history(user, id);
  }

  @Post('questions/:questionId/reword')
  @HttpCode(200)
  @ApiOperation({ summary: 'Omformulér spørgsmålet (Koncernøkonomi); medlemmets egen formulering bevares', description: 'Hændelse: question.reworded.v1.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'idempotency.key_reused')
  async reword(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: RewordQuestionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.reword(user, id, dto.text, versionFrom(ifMatch) ?? dto.version, request));
  }

  @Post('questions/:questionId/merge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Læg spørgsmålet sammen med et andet, der besvarer det (Koncernøkonomi)',
    description: 'Spørgsmålet beholder sit nummer og sin tekst. Hændelse: question.merged.v1.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'question.merge_invalid', 'idempotency.key_reused')
  async merge(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: MergeQuestionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.merge(user, id, dto.intoQuestionId, versionFrom(ifMatch) ?? dto.version, request));
  }

  @Post('questions/:questionId/assign')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Fordel spørgsmålet til et udvalgssekretariat eller Koncernøkonomi selv (Koncernøkonomi)',
    description: 'Svarfristen er samme klokkeslæt rundens svarfrist i dage senere. Hændelse: question.assigned.v1.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'idempotency.key_reused')
  async assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: AssignQuestionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.assign(user, id, { ...dto, version: versionFrom(ifMatch) ?? dto.version }, request));
  }

  @Post('questions/:questionId/answer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Besvar spørgsmålet (den, det er fordelt til); et udkast, indtil Koncernøkonomi godkender det',
    description: 'Svaret kan have en lille tabel med beløb i rundens kolonner. Hændelse: question.answered.v1 (uden svarets tekst).',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'idempotency.key_reused')
  async answer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: AnswerQuestionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.answer(user, id, { ...dto, version: versionFrom(ifMatch) ?? dto.version }, request));
  }

  @Post('questions/:questionId/send-back')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send svaret tilbage med en bemærkning (Koncernøkonomi)', description: 'Hændelse: question.sent-back.v1.' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'idempotency.key_reused')
  async sendBack(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: SendBackQuestionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.sendBack(user, id, dto.remark, versionFrom(ifMatch) ?? dto.version, request));
  }

  @Post('questions/:questionId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Godkend svaret (Koncernøkonomi): det offentliggøres for alle regionsrådsmedlemmer',
    description: 'Hændelse: question.approved.v1 med svaret.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: QuestionView })
  @ApiProblems(400, 401, ...QUESTION_ACT_PROBLEMS, 'idempotency.key_reused')
  async approve(
    @CurrentUser() user: AuthenticatedUser,
    @Param('questionId', uuidParam('questionId')) id: string,
    @Body() dto: QuestionActDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<QuestionView> {
    return this.reads.view(user, await this.questions.approve(user, id, versionFrom(ifMatch) ?? dto.version, request));
  }
}
