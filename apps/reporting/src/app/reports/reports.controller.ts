import { ApiProblems, ProblemException, uuidParam } from '@budgetflow/platform';
import { ROUND_REPORT_KEYS, ReportKey, XLSX_MEDIA_TYPE, reportDefinition, reportFileName } from '@budgetflow/reporting/bilag';
import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ReportDataService, RoundData } from './report-data.service';
import { ReportFormat, reportEtag, reportInputHash } from './report-input';
import { StoredKey } from '../rendering/render-job';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';
import { ReportsAhead } from './reports-ahead';

const MEDIA_TYPES: Record<ReportFormat, string> = { pdf: 'application/pdf', xlsx: XLSX_MEDIA_TYPE, csv: 'text/csv; charset=utf-8' };
const ACCEPT = {
  name: 'Accept',
  required: false,
  description: `${XLSX_MEDIA_TYPE} giver bilaget som regneark (XLSX); ellers PDF. Samme som at tilføje «.xlsx» til stien.`,
};

/** PDF unless the caller asks for the workbook: by a ".xlsx" path or an Accept header naming XLSX (and not preferring PDF). */
export function requestedFormat(path: string, accept: string | undefined): { name: string; format: 'pdf' | 'xlsx' } {
  if (path.endsWith('.xlsx')) return { name: path.slice(0, -'.xlsx'.length), format: 'xlsx' };
  if (path.endsWith('.pdf')) return { name: path.slice(0, -'.pdf'.length), format: 'pdf' };
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  const xlsx = types.indexOf(XLSX_MEDIA_TYPE);
  const pdf = types.indexOf('application/pdf');
  return { name: path, format: xlsx !== -1 && (pdf === -1 || xlsx < pdf) ? 'xlsx' : 'pdf' };
}

class DownloadView {
  @ApiProperty({ description: 'Hvor filen hentes' }) href!: string;
  @ApiProperty({ description: 'Aktuel ETag for netop dette format' }) etag!: string;
}

class RoundExportView {
  @ApiProperty({ type: DownloadView, description: 'Alle forslag × tabelrækker × kolonner som ét ark (XLSX)' }) xlsx!: DownloadView;
  @ApiProperty({ type: DownloadView, description: 'Det samme som CSV (semikolon, decimalkomma, UTF-8 med BOM)' }) csv!: DownloadView;
}

class ReportLinkView {
  @ApiProperty({ description: 'Bilagets nøgle', enum: ROUND_REPORT_KEYS }) key!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Hvad bilaget viser' }) description!: string;
  @ApiProperty({ description: 'Hvor PDF’en hentes' }) href!: string;
  @ApiProperty({ description: 'Aktuel ETag; ændres præcis når bilagets data ændres' }) etag!: string;
  @ApiProperty({ type: DownloadView, description: 'Det samme bilag som regneark (XLSX), med sin egen ETag' }) xlsx!: DownloadView;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Hvornår bilaget første gang blev dannet af de data, det viser nu (ISO 8601); null indtil det er dannet',
  })
  changedAt!: string | null;
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
  @ApiProperty({ type: RoundExportView, description: 'Rundens fladt udtræk til pivottabeller' }) export!: RoundExportView;
}

@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class ReportsController {
  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
    private readonly times: ReportTimes,
    private readonly ahead: ReportsAhead,
  ) {}

  @Get('reports')
  @ApiOperation({ summary: 'Rundens bilag med aktuelle ETags' })
  @ApiOkResponse({ type: ReportListView })
  @ApiProblems(400, 401, 404)
  async list(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<ReportListView> {
    const data = await this.data.load(roundId);
    const hashes = [
      ...ROUND_REPORT_KEYS.map((key) => reportInputHash(key, data, null)),
      ...data.proposals.map((proposal) => reportInputHash('faktaark', data, proposal.id)),
    ];
    // Reports just rendered are stored right after their answer: the times are read once they are.
    await this.store.stored(roundId);
    const madeAt = await this.times.madeAt(roundId, hashes);
    const link = (key: ReportKey, proposalId: string | null, href: string, title: string): ReportLinkView => {
      const changedAt = madeAt.get(reportInputHash(key, data, proposalId))?.toISOString() ?? null;
      return {
        key,
        title,
        description: reportDefinition(key).description,
        href,
        etag: reportEtag(key, data, proposalId),
        xlsx: { href: `${href}.xlsx`, etag: reportEtag(key, data, proposalId, 'xlsx') },
        changedAt,
      };
    };
    return {
      dataVersion: data.dataVersion,
      proposals: data.proposals.map((proposal) => ({ id: proposal.id, reference: proposal.content.reference, state: proposal.state })),
      reports: ROUND_REPORT_KEYS.map((key) => link(key, null, `/rounds/${roundId}/reports/${key}`, reportDefinition(key).title)),
      factSheets: data.proposals.map((proposal) =>
        link('faktaark', proposal.id, `/rounds/${roundId}/proposals/${proposal.id}/faktaark`, `Faktaark ${proposal.content.reference}`),
      ),
      export: {
        xlsx: { href: `/rounds/${roundId}/eksport.xlsx`, etag: reportEtag('eksport', data, null, 'xlsx') },
        csv: { href: `/rounds/${roundId}/eksport.csv`, etag: reportEtag('eksport', data, null, 'csv') },
      },
    };
  }

  @Get('reports/:report')
  @ApiOperation({
    summary: 'Et bilag som PDF eller regneark (If-None-Match giver 304, når det er uændret)',
    description: `PDF som standard. Som regneark (XLSX, ét ark pr. tabel, summer som SUM-formler) med «Accept: ${XLSX_MEDIA_TYPE}» eller stien «{bilag}.xlsx». PDF og XLSX har hver sin ETag (Vary: Accept).`,
  })
  @ApiParam({ name: 'report', description: 'Bilagets nøgle, evt. med «.xlsx» eller «.pdf»', enum: ROUND_REPORT_KEYS.flatMap((key) => [key, `${key}.xlsx`]) })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiHeader(ACCEPT)
  @ApiOkResponse({ description: 'PDF eller XLSX', content: { 'application/pdf': {}, [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404)
  async report(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('report') path: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { name: report, format } = requestedFormat(path, accept);
    if (!(ROUND_REPORT_KEYS as string[]).includes(report)) throw ProblemException.notFound(`Bilaget «${path.slice(0, 60)}»`, 'report.not_found');
    const data = await this.data.load(roundId);
    // Asked for now, likely asked for again after the next change: rendered ahead then.
    if (format === 'pdf') this.ahead.watch(roundId, report as ReportKey);
    await this.send(response, roundId, report as ReportKey, null, data, ifNoneMatch, reportFileName(report as ReportKey, data.round.round), format);
  }

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
    const data = await this.data.load(roundId);
    await this.send(response, roundId, 'eksport', null, data, ifNoneMatch, exportFileName(data, 'xlsx'), 'xlsx');
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
    const data = await this.data.load(roundId);
    await this.send(response, roundId, 'eksport', null, data, ifNoneMatch, exportFileName(data, 'csv'), 'csv');
  }

  @Get('proposals/:proposalId/faktaark')
  @ApiOperation({
    summary: 'Faktaark for ét forslag som PDF eller regneark',
    description: `Som regneark med «Accept: ${XLSX_MEDIA_TYPE}»; PDF og XLSX har hver sin ETag (Vary: Accept).`,
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'En tidligere ETag' })
  @ApiHeader(ACCEPT)
  @ApiOkResponse({ description: 'PDF eller XLSX', content: { 'application/pdf': {}, [XLSX_MEDIA_TYPE]: {} } })
  @ApiProblems(400, 401, 404)
  async factSheet(
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Param('proposalId', uuidParam('proposalId')) proposalId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    await this.factSheetAs(roundId, proposalId, ifNoneMatch, response, requestedFormat('', accept).format);
  }

  @Get('proposals/:proposalId/faktaark.xlsx')
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
    await this.factSheetAs(roundId, proposalId, ifNoneMatch, response, 'xlsx');
  }

  private async factSheetAs(roundId: string, proposalId: string, ifNoneMatch: string | undefined, response: Response, format: 'pdf' | 'xlsx'): Promise<void> {
    const data = await this.data.load(roundId);
    const reference = data.proposals.find((proposal) => proposal.id === proposalId)?.content.reference;
    await this.send(response, roundId, 'faktaark', proposalId, data, ifNoneMatch, reportFileName('faktaark', data.round.round, reference), format);
  }

  private async send(
    response: Response,
    roundId: string,
    key: StoredKey,
    proposalId: string | null,
    data: RoundData,
    ifNoneMatch: string | undefined,
    fileName: string,
    format: ReportFormat = 'pdf',
  ): Promise<void> {
    const stored = await this.store.ensure(roundId, key, proposalId, data, format);
    // The same URL answers with a PDF or a workbook by the Accept header: caches must keep them apart.
    response.setHeader('Vary', 'Accept');
    response.setHeader('ETag', stored.etag);
    response.setHeader('X-Data-Version', String(stored.dataVersion));
    // An unchanged report is answered without reading its bytes.
    if (
      ifNoneMatch
        ?.split(',')
        .map((tag) => tag.trim())
        .includes(stored.etag)
    ) {
      response.status(304).end();
      return;
    }
    const bytes = await stored.pdf();
    const name = fileName.replace(/\.pdf$/, `.${format}`);
    response
      .status(200)
      .type(MEDIA_TYPES[format])
      .setHeader('Content-Disposition', `${format === 'pdf' ? 'inline' : 'attachment'}; filename="${name}"`);
    response.end(bytes);
  }
}

function exportFileName(data: RoundData, format: 'xlsx' | 'csv'): string {
  return reportFileName('katalog', data.round.round).replace(/katalog\.pdf$/, `forslag.${format}`);
}
