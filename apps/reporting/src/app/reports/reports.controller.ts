import { ApiProblems, ProblemException, uuidParam } from '@budgetflow/platform';
import { REPORTS, ReportKey, reportFileName } from '@budgetflow/reporting/bilag';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ReportDataService, RoundData } from './report-data.service';
import { reportInputHash } from './report-input';
import { ROUND_REPORT_KEYS, ReportStore } from './report-store.service';

class ReportLinkView {
  @ApiProperty({ description: 'Bilagets nøgle', enum: ROUND_REPORT_KEYS }) key!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Hvad bilaget viser' }) description!: string;
  @ApiProperty({ description: 'Hvor PDF’en hentes' }) href!: string;
  @ApiProperty({ description: 'Aktuel ETag; ændres præcis når bilagets data ændres' }) etag!: string;
}

class ReportProposalStateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Reference' }) reference!: string;
  @ApiProperty({ description: 'Status (kode) som bilagene viser den' }) state!: string;
}

class ReportListView {
  @ApiProperty({ description: 'Rundens dataversion' }) dataVersion!: number;
  @ApiProperty({ type: [ReportProposalStateView], description: 'Forslagene bilagene bygger på, med status' }) proposals!: ReportProposalStateView[];
  @ApiProperty({ type: [ReportLinkView] }) reports!: ReportLinkView[];
  @ApiProperty({ type: [ReportLinkView], description: 'Et faktaark pr. forslag' }) factSheets!: ReportLinkView[];
}

@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class ReportsController {
  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
  ) {}

  @Get('reports')
  @ApiOperation({ summary: 'Rundens bilag med aktuelle ETags' })
  @ApiOkResponse({ type: ReportListView })
  @ApiProblems(400, 401, 404)
  async list(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<ReportListView> {
    const data = await this.data.load(roundId);
    const link = (key: ReportKey, proposalId: string | null, href: string, title: string): ReportLinkView => {
      const description = REPORTS.find((report) => report.key === key)?.description ?? '';
      return { key, title, description, href, etag: `"${reportInputHash(key, data, proposalId).slice(0, 32)}"` };
    };
    return {
      dataVersion: data.dataVersion,
      proposals: data.proposals.map((proposal) => ({ id: proposal.id, reference: proposal.content.reference, state: proposal.state })),
      reports: ROUND_REPORT_KEYS.map((key) => link(key, null, `/rounds/${roundId}/reports/${key}`, REPORTS.find((report) => report.key === key)?.title ?? key)),
      factSheets: data.proposals.map((proposal) =>
        link('faktaark', proposal.id, `/rounds/${roundId}/proposals/${proposal.id}/faktaark`, `Faktaark ${proposal.content.reference}`),
      ),
    };
  }

  @Get('reports/:report')
  @ApiOperation({ summary: 'Et bilag som PDF (If-None-Match giver 304, når det er uændret)' })
  @ApiParam({ name: 'report', enum: ROUND_REPORT_KEYS })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': {} } })
  @ApiProblems(400, 401, 404)
  async report(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('report') report: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (!(ROUND_REPORT_KEYS as string[]).includes(report)) throw ProblemException.notFound(`Bilaget «${report}»`, 'report.not_found');
    const data = await this.data.load(roundId);
    await this.send(response, roundId, report as ReportKey, null, data, ifNoneMatch, reportFileName(report as ReportKey, data.round.round));
  }

  @Get('proposals/:proposalId/faktaark')
  @ApiOperation({ summary: 'Faktaark for ét forslag som PDF' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiOkResponse({ description: 'PDF', content: { 'application/pdf': {} } })
  @ApiProblems(400, 401, 404)
  async factSheet(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('proposalId', uuidParam('proposalId')) proposalId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const data = await this.data.load(roundId);
    const reference = data.proposals.find((proposal) => proposal.id === proposalId)?.content.reference;
    await this.send(response, roundId, 'faktaark', proposalId, data, ifNoneMatch, reportFileName('faktaark', data.round.round, reference));
  }

  private async send(
    response: Response,
    roundId: string,
    key: ReportKey,
    proposalId: string | null,
    data: RoundData,
    ifNoneMatch: string | undefined,
    fileName: string,
  ): Promise<void> {
    const stored = await this.store.ensure(roundId, key, proposalId, data);
    response.setHeader('ETag', stored.etag);
    response.setHeader('X-Data-Version', String(stored.dataVersion));
    // An unchanged report is answered without reading its bytes.
    if (ifNoneMatch?.split(',').map((tag) => tag.trim()).includes(stored.etag)) {
      response.status(304).end();
      return;
    }
    const pdf = await stored.pdf();
    response.status(200).type('application/pdf').setHeader('Content-Disposition', `inline; filename="${fileName}"`);
    response.end(pdf);
  }
}
