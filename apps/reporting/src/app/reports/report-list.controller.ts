import { ApiProblems, uuidParam } from '@budgetflow/platform';
import { ROUND_REPORT_KEYS, ReportKey, printableQuestions, reportDefinition } from '@budgetflow/reporting/bilag';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReportDataService } from './report-data.service';
import { reportEtag, reportInputHash } from './report-input';
import { ReportLinkView, ReportListView } from './report-list.view';
import { ReportStore } from './report-store.service';
import { ReportTimes } from './report-times';

/** The round's bilag, fact sheets and export with their current ETags and when their data last changed. */
@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class ReportListController {
  constructor(
    private readonly data: ReportDataService,
    private readonly store: ReportStore,
    private readonly times: ReportTimes,
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
        notYetAvailable: reportDefinition(key).notYetAvailable(data),
      };
    };
    return {
      dataVersion: data.dataVersion,
      proposals: data.proposals.map((proposal) => ({ id: proposal.id, reference: proposal.content.reference, state: proposal.state })),
      questions: printableQuestions(data.questions).map(({ id, number, state }) => ({ id, number, state })),
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
}
