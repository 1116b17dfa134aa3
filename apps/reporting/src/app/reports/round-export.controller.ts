import { ApiProblems, uuidParam } from '@budgetflow/platform';
import { XLSX_MEDIA_TYPE, reportFileName } from '@budgetflow/reporting/bilag';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ReportDataService, RoundData } from './report-data.service';
import { ReportSender } from './report-sender';

/** The whole round as one flat sheet for pivot tables, as XLSX or CSV. */
@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class RoundExportController {
  constructor(
    private readonly data: ReportDataService,
    private readonly sender: ReportSender,
  ) {}

  @Get('eksport.xlsx')
  @ApiOperation({
    summary: 'Alle rundens forslag som ét fladt regneark til pivottabeller (XLSX)',
    description: 'Én linje pr. forslag, tabelrække og kolonne, som indsendt og som besluttet, med status.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiOkResponse({ description: 'XLSX', content: { [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404)
  async exportXlsx(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(response, roundId, ifNoneMatch, 'xlsx');
  }

  @Get('eksport.csv')
  @ApiOperation({ summary: 'Det samme flade udtræk som CSV (semikolon, decimalkomma, UTF-8 med BOM til dansk Excel)' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiOkResponse({ description: 'CSV', content: { 'text/csv': {} } })
  @ApiProblems(400, 401, 404)
  async exportCsv(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.export(response, roundId, ifNoneMatch, 'csv');
  }

  private async export(response: Response, roundId: string, ifNoneMatch: string | undefined, format: 'xlsx' | 'csv'): Promise<void> {
    const data = await this.data.load(roundId);
    await this.sender.send(response, { roundId, key: 'eksport', proposalId: null, data, ifNoneMatch, fileName: exportFileName(data, format), format });
  }
}

function exportFileName(data: RoundData, format: 'xlsx' | 'csv'): string {
  return reportFileName('katalog', data.round.round).replace(/katalog\.pdf$/, `forslag.${format}`);
}
