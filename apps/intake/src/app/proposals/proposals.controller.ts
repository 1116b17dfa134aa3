import {
  AllowRoles,
  ApiProblems,
  PROPOSAL_ACT_PROBLEMS,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  ProblemException,
  ProposalQueryDto,
  RequestContext,
  ifMatchHeader,
  uuidParam,
  versionFrom,
} from '@budgetflow/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalActionDto, ProposalDraftDto, UpdateProposalDto } from './proposal-draft.dto';
import { HistoryEntryView, ProposalPageView, ProposalView } from './proposal.view';
import { ProposalReadsService } from './proposal-reads.service';
import { ProposalsService } from './proposals.service';
import { BearerAuthorization } from '../workflow-client/bearer-authorization';

const IF_MATCH = ifMatchHeader('ændringen');
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Gentages en POST med samme nøgle, gives det første svar igen, og intet oprettes på ny',
};

@ApiTags('Budgetforslag')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly reads: ProposalReadsService,
  ) {}

  @Post('rounds/:roundId/proposals')
  @AllowRoles({ roles: ['committee_secretariat'], code: 'proposal.committee_only', detail: 'Kun et udvalgssekretariat kan skrive forslag.' })
  @ApiOperation({ summary: 'Opret en kladde (udvalgssekretariat, eget udvalg)' })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ type: ProposalView })
  @ApiProblems(
    400,
    401,
    'proposal.committee_only',
    'workflow.not_owner',
    'round.not_found',
    'workflow.round_closed',
    'proposal.duplicate_reference',
    'request.too_large',
    'idempotency.key_reused',
  )
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Body() dto: ProposalDraftDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalView> {
    return this.proposals.create(user, roundId, dto, request);
  }

  @Get('proposals')
  @ApiOperation({
    summary: 'Forslag, filtreret efter runde, udvalg og status, sidevis',
    description: 'Et forslag, der aldrig er indsendt, er udvalgets kladde: kun udvalget selv og Koncernøkonomi ser det.',
  })
  @ApiOkResponse({ type: ProposalPageView })
  @ApiProblems(400, 401)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ProposalQueryDto): Promise<ProposalPageView> {
    return this.reads.list(user, query);
  }

  @Get('proposals/:proposalId')
  @ApiOperation({ summary: 'Ét forslag', description: 'En kladde, der aldrig er indsendt, ses kun af udvalget selv og Koncernøkonomi (ellers 404).' })
  @ApiOkResponse({ type: ProposalView })
  @ApiProblems(400, 401, 'proposal.not_found')
  get(@CurrentUser() user: AuthenticatedUser, @Param('proposalId', uuidParam('proposalId')) id: string): Promise<ProposalView> {
    return this.reads.get(user, id);
  }

  @Put('proposals/:proposalId')
  @ApiOperation({ summary: 'Ret en kladde eller et forslag sendt retur (ejerudvalget)' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProposalView })
  @ApiProblems(400, 401, 'proposal.committee_only', ...PROPOSAL_ACT_PROBLEMS, 'request.too_large', 'request.version_required')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', uuidParam('proposalId')) id: string,
    @Body() dto: UpdateProposalDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalView> {
    const version = versionFrom(ifMatch);
    // Without the version the change builds on, a PUT could silently overwrite someone else's (a lost update).
    if (version === undefined && dto.version === undefined) {
      throw new ProblemException({
        status: 428,
        code: 'request.version_required',
        title: 'Versionen mangler',
        detail: 'Angiv den version ændringen bygger på: headeren If-Match (fx "3") eller «version» i indholdet.',
      });
    }
    return this.proposals.update(user, id, dto, version, request);
  }

  @Post('proposals/:proposalId/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Indsend forslaget (ejerudvalget)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiOkResponse({ type: ProposalView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused')
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', uuidParam('proposalId')) id: string,
    @Body() dto: ProposalActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalView> {
    return this.proposals.submit(user, id, versionFrom(ifMatch) ?? dto.version, request);
  }

  @Post('proposals/:proposalId/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Træk forslaget tilbage (ejerudvalget; kladde, indsendt eller retur)',
    description:
      'En kladde eller et forslag sendt retur ligger hos udvalget, og forslagsmodtagelsen afgør. Et indsendt forslag ligger hos administrationen: anmodningen sendes videre til godkendelsesforløbet, hvis svar er det endelige (503, hvis det ikke svarer; intet er da ændret).',
  })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiOkResponse({ type: ProposalView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused', 'workflow.unavailable', 'proposal.handover_timeout')
  withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', uuidParam('proposalId')) id: string,
    @Body() dto: ProposalActionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @BearerAuthorization() authorization: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalView> {
    return this.proposals.withdraw(user, id, versionFrom(ifMatch) ?? dto.version, request, authorization);
  }

  @Get('proposals/:proposalId/history')
  @ApiOperation({ summary: 'Forslagets historik: hvem, hvornår, fra, til og hvorfor' })
  @ApiOkResponse({ type: [HistoryEntryView] })
  @ApiProblems(400, 401, 'proposal.not_found')
  history(@CurrentUser() user: AuthenticatedUser, @Param('proposalId', uuidParam('proposalId')) id: string): Promise<HistoryEntryView[]> {
    return this.reads.history(user, id);
  }
}
