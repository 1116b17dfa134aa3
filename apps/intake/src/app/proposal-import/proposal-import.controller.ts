import {
  AllowRoles,
  ApiProblems,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  ProblemException,
  RequestContext,
  UploadRoute,
  uploadedFile,
  uuidParam,
} from '@budgetflow/platform';
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Request, Response } from 'express';
import { ProposalImportService } from './proposal-import.service';
import { ImportResultView } from './proposal-import.view';
import { MAX_IMPORT_BYTES } from './sheet-reader';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import route takes the file as its raw body (see rawUploads in platform): these types, at most 10 MB. */
export const IMPORT_UPLOAD: UploadRoute = {
  path: /^\/rounds\/[^/]+\/proposals\/import$/,
  // Browsers send a .csv as application/vnd.ms-excel on Windows; octet-stream is sniffed by its content.
  mediaTypes: [XLSX_MEDIA_TYPE, 'text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'],
  maxBytes: MAX_IMPORT_BYTES,
};

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'true: forhåndsvis, hvad der ville blive oprettet og opdateret, uden at gemme noget', enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: string;
}

@ApiTags('Indlæsning fra regneark')
@ApiBearerAuth()
@Controller('rounds/:roundId/proposals')
export class ProposalImportController {
  constructor(private readonly imports: ProposalImportService) {}

  @Get('import-template.xlsx')
  @AllowRoles({
    roles: ['committee_secretariat', 'budget_office'],
    code: 'proposal.import_not_allowed',
    detail: 'Kun et udvalgssekretariat og Koncernøkonomi, som kan indlæse forslag, kan hente skabelonen.',
  })
  @ApiOperation({
    summary: 'Skabelon til indlæsning af forslag (XLSX med eksempel og vejledning)',
    description:
      'Et udvalgssekretariat får eksemplet med udvalgets kode og næste ledige reference, og vejledningen nævner udvalgets næste ledige referencer (efter det højeste brugte nummer; kladder og tilbagetrukne forslag tæller med). ' +
      'Koncernøkonomi, som indlæser på udvalgenes vegne, får hvert fagudvalgs næste ledige referencer og eksemplet for rundens første fagudvalg.',
  })
  @ApiOkResponse({ description: 'XLSX', content: { [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 'proposal.import_not_allowed', 'round.not_found')
  async template(@CurrentUser() user: AuthenticatedUser, @Param('roundId', uuidParam('roundId')) roundId: string, @Res() response: Response): Promise<void> {
    const { bytes } = await this.imports.template(user, roundId);
    response.status(200).type(XLSX_MEDIA_TYPE).setHeader('Content-Disposition', 'attachment; filename="forslag-skabelon.xlsx"');
    response.end(bytes);
  }

  @Post('import')
  @AllowRoles({
    roles: ['committee_secretariat', 'budget_office'],
    code: 'proposal.import_not_allowed',
    detail: 'Kun et udvalgssekretariat (for eget udvalg) og Koncernøkonomi (på et udvalgs vegne) kan indlæse forslag.',
  })
  @ApiOperation({
    summary: 'Indlæs forslag fra et regneark (XLSX eller CSV), alt eller intet',
    description:
      'Filen sendes som selve indholdet (ikke multipart) med Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet eller text/csv (UTF-8 eller ; charset=windows-1252), højst 10 MB og 5.000 linjer, i skabelonens layout. ' +
      'Hvert forslag bliver en kladde, eller opdaterer udvalgets egen kladde med samme reference (kolonnen «Version» skal have dens aktuelle version). Koncernøkonomi kan indlæse på et udvalgs vegne (historikken siger «import_on_behalf»). ' +
      'Er der fejl, gemmes intet, og svaret (422) nævner hver fejl med ark, række, kolonne og celleværdi. Med dryRun=true vises, hvad der ville ske (200), uden at noget gemmes. Svaret på en indlæsning er 201.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiConsumes(XLSX_MEDIA_TYPE, 'text/csv')
  @ApiBody({ description: 'Regnearket', schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportResultView, description: 'Forhåndsvisning (dryRun=true): intet er gemt' })
  @ApiCreatedResponse({ type: ImportResultView, description: 'Forslagene er gemt som kladder' })
  @ApiProblems(
    400,
    401,
    'proposal.import_not_allowed',
    'workflow.not_owner',
    'round.not_found',
    'workflow.round_closed',
    'proposal.duplicate_reference',
    'request.too_large',
    'import.too_many_rows',
    'import.not_a_spreadsheet',
    'import.legacy_xls',
    'import.empty_file',
    'import.encrypted',
    'import.encoding',
    'import.no_sheet',
    'import.invalid',
    'idempotency.key_reused',
  )
  async import(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Query() query: ImportQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentRequest() context: RequestContext,
  ): Promise<ImportResultView> {
    const file = uploadedFile(request);
    if (!file) {
      throw new ProblemException({
        status: 415,
        code: 'import.not_a_spreadsheet',
        title: 'Ikke et regneark',
        detail: `Send regnearket som selve indholdet med Content-Type ${XLSX_MEDIA_TYPE} eller text/csv.`,
      });
    }
    const dryRun = query.dryRun === 'true';
    const result = await this.imports.import(user, roundId, file, dryRun, context);
    // A preview creates nothing: 200; an import 201.
    if (dryRun) response.status(200);
    return result;
  }
}
