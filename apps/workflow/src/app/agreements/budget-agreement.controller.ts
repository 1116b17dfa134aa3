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
import { PackageAgreementDto } from './package-agreement.dto';
import { PackageAgreementService } from './package-agreement.service';

@ApiTags('Møder og beslutninger')
@ApiBearerAuth()
@Controller('meetings/:meetingId/budget-agreement')
export class BudgetAgreementController {
  constructor(
    private readonly agreements: BudgetAgreementService,
    private readonly packageAgreements: PackageAgreementService,
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

  @Post('from-package')
  @ApiOperation({
    summary: 'Bekræft en forhandlingspakke som budgetaftalen (RR-sekretariatet); lukker runden',
    description:
      'Pakken skal balancere (ellers 409 agreement.package_unbalanced med kilde, år og beløb) og må kun have forslag, FU har godkendt (ellers 409 agreement.proposal_not_approved, der nævner dem). Forslagene vedtages (med pakkens beløb som «vedtaget med ændringer», hvor pakken har ændret dem), initiativerne bliver aftalens bevillinger pr. kapitel med deres beslutningssætninger (dannet af beløbene; kan rettes i «decisionSentences»).',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: BudgetAgreementView })
  @ApiProblems(
    400,
    401,
    ...PROPOSAL_ACT_PROBLEMS,
    'idempotency.key_reused',
    'meeting.not_found',
    'agreement.not_rr_meeting',
    'agreement.exists',
    'package.not_found',
    'package.version_conflict',
    'agreement.package_unbalanced',
    'agreement.proposal_not_approved',
  )
  async adoptPackage(
    @CurrentUser() user: AuthenticatedUser,
    @Param('meetingId', uuidParam('meetingId')) meetingId: string,
    @Body() dto: PackageAgreementDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<BudgetAgreementView> {
    const id = await this.packageAgreements.adopt(user, meetingId, dto, request);
    return this.reads.agreement(id);
  }
}
