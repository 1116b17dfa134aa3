import {
  AllowRoles,
  ApiProblems,
  AuthenticatedUser,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  ProblemException,
  ifMatchHeader,
  uuidParam,
  versionFrom,
} from '@budgetflow/platform';
import { Body, Controller, Get, Headers, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PACKAGES_ARE_CONFIDENTIAL } from './package-access';
import { PackageReadsService } from './package-reads.service';
import { ComparePackagesQueryDto, CopyPackageDto, PackageDto, UpdatePackageDto } from './package.dto';
import { PackageComparisonView } from './package-comparison.view';
import { PackageHistoryEntryView, PackageView } from './package.view';
import { PackagesService } from './packages.service';

const CONFIDENTIAL =
  'Kun Koncernøkonomi og RR-sekretariatet; for alle andre findes pakkerne ikke (404), så heller ikke deres eksistens røbes. Der udsendes ingen hændelser om pakker.';

@ApiTags('Forhandlingspakker')
@ApiBearerAuth()
@Controller()
@AllowRoles(PACKAGES_ARE_CONFIDENTIAL)
export class PackagesController {
  constructor(
    private readonly packages: PackagesService,
    private readonly reads: PackageReadsService,
  ) {}

  @Get('rounds/:roundId/packages')
  @ApiOperation({ summary: 'Rundens forhandlingspakker med deres balance', description: CONFIDENTIAL })
  @ApiOkResponse({ type: [PackageView] })
  @ApiProblems(400, 401, 'package.not_found', 'round.not_found')
  list(@CurrentUser() user: AuthenticatedUser, @Param('roundId', uuidParam('roundId')) roundId: string): Promise<PackageView[]> {
    return this.reads.list(user, roundId);
  }

  @Post('rounds/:roundId/packages')
  @ApiOperation({
    summary: 'Opret en forhandlingspakke (Koncernøkonomi, RR-sekretariatet)',
    description: `Forslag (godkendt af FU eller på FU's dagsorden), nye initiativer og finansieringskilder; beløb som dansk tekst. Balancen beregnes. ${CONFIDENTIAL}`,
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: PackageView })
  @ApiProblems(400, 401, 'package.not_found', 'round.not_found', 'workflow.round_closed', 'idempotency.key_reused')
  create(@CurrentUser() user: AuthenticatedUser, @Param('roundId', uuidParam('roundId')) roundId: string, @Body() dto: PackageDto): Promise<PackageView> {
    return this.packages.create(user, roundId, dto);
  }

  @Get('rounds/:roundId/packages/comparison')
  @ApiOperation({ summary: 'Sammenlign to eller tre pakker: totaler pr. år og hvad der er forskelligt, post for post', description: CONFIDENTIAL })
  @ApiOkResponse({ type: PackageComparisonView })
  @ApiProblems(400, 401, 'package.not_found', 'round.not_found')
  compare(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Query() query: ComparePackagesQueryDto,
  ): Promise<PackageComparisonView> {
    return this.reads.compare(user, roundId, query.ids);
  }

  @Get('packages/:packageId')
  @ApiOperation({ summary: 'Én forhandlingspakke med dens balance pr. kilde og år', description: CONFIDENTIAL })
  @ApiOkResponse({ type: PackageView })
  @ApiProblems(400, 401, 'package.not_found')
  get(@CurrentUser() user: AuthenticatedUser, @Param('packageId', uuidParam('packageId')) id: string): Promise<PackageView> {
    return this.reads.get(user, id);
  }

  @Put('packages/:packageId')
  @ApiOperation({
    summary: 'Gem pakken (hele indholdet) med versionsvagt',
    description: `Bygger gemningen på en ældre version, afvises den (409 package.version_conflict) med hvem der har gemt siden, og hvad der er ændret (én linje pr. ændring i errors). ${CONFIDENTIAL}`,
  })
  @ApiHeader(ifMatchHeader('ændringen'))
  @ApiOkResponse({ type: PackageView })
  @ApiProblems(400, 401, 'package.not_found', 'package.version_conflict', 'workflow.round_closed', 'request.version_required')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('packageId', uuidParam('packageId')) id: string,
    @Body() dto: UpdatePackageDto,
    @Headers('if-match') ifMatch: string | undefined,
  ): Promise<PackageView> {
    const { version: bodyVersion, ...content } = dto;
    const version = versionFrom(ifMatch) ?? bodyVersion;
    // Without the version the save builds on, it could silently overwrite another negotiator's (a lost update).
    if (version === undefined)
      throw ProblemException.of('request.version_required', 'Angiv den version ændringen bygger på: headeren If-Match (fx "3") eller «version» i indholdet.');
    return this.packages.update(user, id, content, version);
  }

  @Post('packages/:packageId/copy')
  @ApiOperation({ summary: 'Kopiér pakken til en ny (initiativerne beholder deres nøgler)', description: CONFIDENTIAL })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: PackageView })
  @ApiProblems(400, 401, 'package.not_found', 'workflow.round_closed', 'idempotency.key_reused')
  copy(@CurrentUser() user: AuthenticatedUser, @Param('packageId', uuidParam('packageId')) id: string, @Body() dto: CopyPackageDto): Promise<PackageView> {
    return this.packages.copy(user, id, dto);
  }

  @Get('packages/:packageId/history')
  @ApiOperation({ summary: 'Pakkens historik: hver gemning med hvem, hvornår og hvad der blev ændret', description: CONFIDENTIAL })
  @ApiOkResponse({ type: [PackageHistoryEntryView] })
  @ApiProblems(400, 401, 'package.not_found')
  history(@CurrentUser() user: AuthenticatedUser, @Param('packageId', uuidParam('packageId')) id: string): Promise<PackageHistoryEntryView[]> {
    return this.reads.history(user, id);
  }
}
