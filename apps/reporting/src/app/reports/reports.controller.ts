import { ApiProblems, ProblemException, uuidParam } from '@budgetflow/platform';
import { ROUND_REPORT_KEYS, ReportKey, XLSX_MEDIA_TYPE, reportDefinition, reportFileName } from '@budgetflow/reporting/bilag';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ReportDataService } from './report-data.service';
import { ReportSender } from './report-sender';
import { ReportsAhead } from './reports-ahead';
import { ACCEPT_HEADER, requestedFormat } from './requested-format';

/** A round-wide bilag (katalog, rammeopfølgning, …) as PDF or workbook. */
@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class ReportsController {
  constructor(
    private readonly data: ReportDataService,
    private readonly sender: ReportSender,
    private readonly ahead: ReportsAhead,
  ) {}

  @Get('reports/:report')
  @ApiOperation({
    summary: 'Et bilag som PDF eller regneark (If-None-Match giver 304, når det er uændret)',
    description: `PDF som standard. Som regneark (XLSX, ét ark pr. tabel, summer som SUM-formler) med «Accept: ${XLSX_MEDIA_TYPE}» eller stien «{bilag}.xlsx». PDF og XLSX har hver sin ETag (Vary: Accept).`,
  })
  @ApiParam({ name: 'report', description: 'Bilagets nøgle, evt. med «.xlsx» eller «.pdf»', enum: ROUND_REPORT_KEYS.flatMap((key) => [key, `${key}.xlsx`]) })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiHeader(ACCEPT_HEADER)
  @ApiOkResponse({ description: 'PDF eller XLSX', content: { 'application/pdf': {}, [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404, 'report.not_yet_available')
  async report(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('report') path: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { name, format } = requestedFormat(path, accept);
    const key = ROUND_REPORT_KEYS.find((report) => report === name);
    if (!key) throw ProblemException.notFound(`Bilaget «${path.slice(0, 60)}»`, 'report.not_found');
    const data = await this.data.load(roundId);
    // The agreement's documents before the agreement: a clear refusal, not an empty document.
    const notYet = reportDefinition(key).notYetAvailable(data);
    if (notYet !== null) throw ProblemException.of('report.not_yet_available', notYet);
    // Asked for now, likely asked for again after the next change: rendered ahead then.
    if (format === 'pdf') await this.ahead.watch({ roundId, key, proposalId: null });
    const fileName = reportFileName(key satisfies ReportKey, data.round.round);
    await this.sender.send(response, { roundId, key, proposalId: null, data, ifNoneMatch, fileName, format });
  }
}
