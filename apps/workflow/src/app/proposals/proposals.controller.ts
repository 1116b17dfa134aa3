import {
  ApiProblems,
  PROPOSAL_ACT_PROBLEMS,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  ProposalQueryDto,
  RequestContext,
  uuidParam,
  ifMatchHeader,
  versionFrom,
} from '@budgetflow/platform';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProposalReadsService } from './proposal-reads.service';
import { ProposalWorkflowPageView, ProposalWorkflowView, WorkflowHistoryEntryView } from './proposal.view';
import { ReturnProposalDto } from './return-proposal.dto';
import { ReturnProposalService } from './return-proposal.service';
import { WithdrawProposalDto } from './withdraw-proposal.dto';
import { WithdrawProposalService } from './withdraw-proposal.service';

const IF_MATCH = ifMatchHeader('handlingen');

@ApiTags('Forslag i godkendelsesforløbet')
@ApiBearerAuth()
@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly reads: ProposalReadsService,
    private readonly returns: ReturnProposalService,
    private readonly withdrawals: WithdrawProposalService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Forslag med deres status i godkendelsesforløbet, filtreret og sidevis' })
  @ApiOkResponse({ type: ProposalWorkflowPageView })
  @ApiProblems(400, 401)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ProposalQueryDto): Promise<ProposalWorkflowPageView> {
    return this.reads.list(user, query);
  }

  @Get(':proposalId')
  @ApiOperation({ summary: 'Ét forslags status, oprindelige og besluttede tabel, møder og beslutninger' })
  @ApiOkResponse({ type: ProposalWorkflowView })
  @ApiProblems(400, 401, 'proposal.not_found')
  get(@CurrentUser() user: AuthenticatedUser, @Param('proposalId', uuidParam('proposalId')) id: string): Promise<ProposalWorkflowView> {
    return this.reads.get(user, id);
  }

  @Get(':proposalId/history')
  @ApiOperation({ summary: 'Forslagets historik: hvem, hvornår, fra, til, hvorfor og på hvilket møde' })
  @ApiOkResponse({ type: [WorkflowHistoryEntryView] })
  @ApiProblems(400, 401, 'proposal.not_found')
  history(@CurrentUser() user: AuthenticatedUser, @Param('proposalId', uuidParam('proposalId')) id: string): Promise<WorkflowHistoryEntryView[]> {
    return this.reads.history(user, id);
  }

  @Post(':proposalId/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send forslaget retur til udvalget med bemærkninger (Koncernøkonomi)' })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: ProposalWorkflowView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused')
  async returnWithRemarks(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', uuidParam('proposalId')) id: string,
    @Body() dto: ReturnProposalDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalWorkflowView> {
    await this.returns.returnWithRemarks(user, id, dto.remark, versionFrom(ifMatch) ?? dto.version, request);
    return this.reads.get(user, id);
  }

  @Post(':proposalId/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Træk et indsendt forslag tilbage (det udvalg, der ejer forslaget)',
    description:
      'Fra indsendelsen ligger forslaget hos administrationen, så godkendelsesforløbet afgør tilbagetrækningen; svaret er endeligt. Forslagsmodtagelsen (intake) sender udvalgets anmodning hertil.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiOkResponse({ type: ProposalWorkflowView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused', 'proposal.held_by_committee', 'proposal.handover_pending')
  async withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('proposalId', uuidParam('proposalId')) id: string,
    @Body() dto: WithdrawProposalDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<ProposalWorkflowView> {
    await this.withdrawals.withdraw(user, id, dto.stateSequence, request);
    return this.reads.get(user, id);
  }
}
