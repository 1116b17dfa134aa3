import {
  ApiProblems,
  PROPOSAL_ACT_PROBLEMS,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  RequestContext,
  uuidParam,
} from '@budgetflow/platform';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RoundDecisionsService } from '../rounds/round-decisions.service';
import { BudgetAgreementDto } from './budget-agreement.dto';
import { BudgetAgreementService } from './budget-agreement.service';
import { BudgetAgreementView } from './budget-agreement.view';

@ApiTags('Møder og beslutninger')
@ApiBearerAuth()
@Controller('meetings/:meetingId/budget-agreement')
export class BudgetAgreementController {
  constructor(
    private readonly agreements: BudgetAgreementService,
    private readonly reads: RoundDecisionsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Registrér budgetaftalen som én vedtagelse i Regionsrådet (RR-sekretariatet)',
    description:
      'Alle forslag i aftalen vedtages, eller intet vedtages: afviser arbejdsgangen ét forslag (fx ikke godkendt af FU), afvises hele aftalen med reglens kode og begrundelse.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: BudgetAgreementView })
  @ApiProblems(400, 401, ...PROPOSAL_ACT_PROBLEMS, 'idempotency.key_reused', 'meeting.not_found', 'agreement.not_rr_meeting', 'agreement.exists')
  async adopt(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', uuidParam('meetingId')) meetingId: string,
    @Body() dto: BudgetAgreementDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<BudgetAgreementView> {
    const id = await this.agreements.adopt(user, meetingId, dto, request);
    return this.reads.agreement(id);
  }
}
