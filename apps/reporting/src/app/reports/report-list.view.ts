import { PUBLISHED_QUESTION_STATES } from '@budgetflow/domain';
import { ProposalState } from '@budgetflow/domain';
import { API_ENUMS } from '@budgetflow/platform';
import { REPORTS, ReportKey } from '@budgetflow/reporting/bilag';
import { ApiProperty } from '@nestjs/swagger';

// GET /rounds/{id}/reports: the round's bilag with their current ETags, as the web app's bilag page reads them.

export class DownloadView {
  @ApiProperty({ description: 'Hvor filen hentes' }) href!: string;
  @ApiProperty({ description: 'Aktuel ETag for netop dette format' }) etag!: string;
}

export class RoundExportView {
  @ApiProperty({ type: DownloadView, description: 'Alle forslag × tabelrækker × kolonner som ét ark (XLSX)' }) xlsx!: DownloadView;
  @ApiProperty({ type: DownloadView, description: 'Det samme som CSV (semikolon, decimalkomma, UTF-8 med BOM)' }) csv!: DownloadView;
}

export class ReportLinkView {
  @ApiProperty({ description: 'Bilagets nøgle', enum: REPORTS.map((report) => report.key), enumName: 'ReportKey' }) key!: ReportKey;
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
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Hvorfor bilaget endnu ikke kan dannes (fx budgetaftalen og dens bilag 1, før aftalen er indgået); null når det kan hentes. Hentes det alligevel, svares 409 report.not_yet_available med samme forklaring',
  })
  notYetAvailable!: string | null;
}

export class ReportProposalStateView {
  @ApiProperty({ format: 'uuid', description: 'Forslagets id' }) id!: string;
  @ApiProperty({ description: 'Reference' }) reference!: string;
  @ApiProperty({ description: 'Status (kode) som bilagene viser den', ...API_ENUMS.ProposalState }) state!: ProposalState;
}

export class ReportQuestionView {
  @ApiProperty({ format: 'uuid', description: 'Spørgsmålets id' }) id!: string;
  @ApiProperty({ description: 'Nummeret i runden' }) number!: number;
  @ApiProperty({
    enum: PUBLISHED_QUESTION_STATES,
    enumName: 'ReportQuestionState',
    description: 'approved: svaret er godkendt; merged: besvaret sammen med et godkendt spørgsmål',
  })
  state!: 'approved' | 'merged';
}

export class ReportListView {
  @ApiProperty({ description: 'Rundens dataversion' }) dataVersion!: number;
  @ApiProperty({ type: [ReportProposalStateView], description: 'Forslagene bilagene bygger på, med status' }) proposals!: ReportProposalStateView[];
  @ApiProperty({
    type: [ReportQuestionView],
    description: 'De budgetspørgsmål, «Svar på budgetspørgsmål» viser (godkendte svar og spørgsmål besvaret sammen med dem), efter nummer',
  })
  questions!: ReportQuestionView[];
  @ApiProperty({ type: [ReportLinkView], description: 'Rundens bilag' }) reports!: ReportLinkView[];
  @ApiProperty({ type: [ReportLinkView], description: 'Et faktaark pr. forslag' }) factSheets!: ReportLinkView[];
  @ApiProperty({ type: RoundExportView, description: 'Rundens fladt udtræk til pivottabeller' }) export!: RoundExportView;
}
