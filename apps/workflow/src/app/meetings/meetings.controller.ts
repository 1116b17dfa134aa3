import {
  ApiProblems,
  PROPOSAL_ACT_PROBLEMS,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  RequestContext,
  intParam,
  uuidParam,
  ifMatchHeader,
  versionFrom,
} from '@budgetflow/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalReadsService } from '../proposals/proposal-reads.service';
import { ProposalWorkflowView } from '../proposals/proposal.view';
import { AddAgendaItemDto } from './agenda-item.dto';
import { AgendaService } from './agenda.service';
import { DecisionDto } from './decision.dto';
import { DecisionsService } from './decisions.service';
import { CreateMeetingDto, MeetingQueryDto } from './meeting.dto';
import { MeetingView } from './meeting.view';
import { MeetingsService } from './meetings.service';

const itemNumber = intParam('number', 'Dagsordenspunktets nummer');

const IF_MATCH = ifMatchHeader('handlingen');

@ApiTags('Møder og beslutninger')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly decisions: DecisionsService,
    private readonly proposals: ProposalReadsService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Opret et møde i FU eller RR (Koncernøkonomi eller organets sekretariat)' })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: MeetingView })
  @ApiProblems(400, 401, 'meeting.forbidden', 'round.not_found', 'workflow.round_closed', 'idempotency.key_reused')
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateMeetingDto): Promise<MeetingView> {
    return this.meetings.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Møder, med dagsorden og beslutninger' })
  @ApiOkResponse({ type: [MeetingView] })
  @ApiProblems(400, 401)
  list(@Query() query: MeetingQueryDto): Promise<MeetingView[]> {
    return this.meetings.list(query);
  }

  @Get(':meetingId')
  @ApiOperation({ summary: 'Ét møde med dagsorden (forslagene i rækkefølge) og beslutninger' })
  @ApiOkResponse({ type: MeetingView })
  @ApiProblems(400, 401, 'meeting.not_found')
  get(@Param('meetingId', uuidParam('meetingId')) id: string): Promise<MeetingView> {
    return this.meetings.get(id);
  }

  @Post(':meetingId/agenda-items')
  @ApiOperation({
    summary: 'Sæt et forslag på dagsordenen som næste punkt',
    description:
      "FU-møde: Koncernøkonomi godkender formalia og sætter et indsendt forslag på FU's dagsorden («Klar til FU»). RR-møde: et forslag godkendt af FU sættes på Regionsrådets dagsorden (Koncernøkonomi eller RR-sekretariatet).",
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: MeetingView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused', 'meeting.not_found', 'agenda.forbidden', 'agenda.duplicate')
  async addAgendaItem(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', uuidParam('meetingId')) meetingId: string,
    @Body() dto: AddAgendaItemDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingView> {
    await this.agenda.add(user, meetingId, dto.proposalId, dto.version, request);
    return this.meetings.get(meetingId);
  }

  @Post(':meetingId/agenda-items/:number/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Registrér organets beslutning på et dagsordenspunkt (FU-sekretariatet på FU-møder, RR-sekretariatet på RR-møder)',
    description:
      'FU: godkendt, godkendt med ændringer (med ændret tabel), afvist eller udsat. RR: vedtaget, vedtaget med ændringer eller ikke vedtaget. Den oprindelige tabel bevares.',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: ProposalWorkflowView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused', 'agenda.item_not_found', 'agenda.already_decided')
  async decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', uuidParam('meetingId')) meetingId: string,
    @Param('number', itemNumber) number: number,
    @Body() dto: DecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalWorkflowView> {
    const proposalId = await this.decisions.decide(user, meetingId, number, dto, versionFrom(ifMatch) ?? dto.version, request);
    return this.proposals.get(user, proposalId);
  }
}
