import { ApiProblems, uuidParam } from '@budgetflow/platform';
import { XLSX_MEDIA_TYPE, reportFileName } from '@budgetflow/reporting/bilag';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ReportDataService } from './report-data.service';
import { ReportSender } from './report-sender';
import { ReportsAhead } from './reports-ahead';
import { ACCEPT_HEADER, requestedFormat } from './requested-format';

/** One proposal's fact sheet (faktaark) as PDF or workbook. */
@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId/proposals/:proposalId')
export class FactSheetsController {
  constructor(
    private readonly data: ReportDataService,
    private readonly sender: ReportSender,
    private readonly ahead: ReportsAhead,
  ) {}

  @Get('faktaark')
  @ApiOperation({
    summary: 'Faktaark for ét forslag som PDF eller regneark',
    description: `Som regneark med «Accept: ${XLSX_MEDIA_TYPE}»; PDF og XLSX har hver sin ETag (Vary: Accept).`,
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiHeader(ACCEPT_HEADER)
  @ApiOkResponse({ description: 'PDF eller XLSX', content: { 'application/pdf': {}, [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404)
  async factSheet(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('proposalId', uuidParam('proposalId')) proposalId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.factSheetAs(response, roundId, proposalId, ifNoneMatch, requestedFormat('', accept).format);
  }

  @Get('faktaark.xlsx')
  @ApiOperation({ summary: 'Faktaark for ét forslag som regneark (XLSX)' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiOkResponse({ description: 'XLSX', content: { [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404)
  async factSheetXlsx(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('proposalId', uuidParam('proposalId')) proposalId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.factSheetAs(response, roundId, proposalId, ifNoneMatch, 'xlsx');
  }

  private async factSheetAs(response: Response, roundId: string, proposalId: string, ifNoneMatch: string | undefined, format: 'pdf' | 'xlsx'): Promise<void> {
    const data = await this.data.load(roundId);
    const reference = data.proposals.find((proposal) => proposal.id === proposalId)?.content.reference;
    const fileName = reportFileName('faktaark', data.round.round, reference);
    // Fact sheets are rendered when asked for; one asked for is watched, so the next change renders it ahead.
    if (format === 'pdf' && reference !== undefined) await this.ahead.watch({ roundId, key: 'faktaark', proposalId });
    await this.sender.send(response, { roundId, key: 'faktaark', proposalId, data, ifNoneMatch, fileName, format });
  }
}
