import { ConsequenceTable, TableCells } from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionView } from '../meetings/decision.view';

/** One place on a meeting's agenda, with its decision once taken. */
export class ProposalAgendaEntryView {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ enum: ['FU', 'RR'] }) body!: string;
  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ description: 'Dagsordenspunktets nummer' }) agendaItem!: number;
  @ApiPropertyOptional({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
}

/** A proposal's workflow: its state, the original and the decided table, its meetings and decisions. */
export class ProposalWorkflowView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ description: 'Reference, fx «B26-SU-01»' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Status (kode)', example: 'on_fu_agenda' }) state!: string;
  @ApiProperty({ description: 'Status på dansk', example: 'Klar til FU' }) stateLabel!: string;
  @ApiProperty({ description: 'Antal statusskift på tværs af intake og godkendelsesforløbet; højeste tal er gældende' }) stateSequence!: number;
  @ApiProperty({ description: 'Sandt når budgetaftalen har afsluttet runden; så kan intet længere ske med forslaget' }) roundClosed!: boolean;
  @ApiProperty({ description: 'Version; send den med ved handlinger (If-Match eller «version»)' }) version!: number;
  @ApiProperty({ description: 'Versionen af indholdet i indsendelsen' }) intakeVersion!: number;
  @ApiPropertyOptional({ description: 'Seneste bemærkning fra Koncernøkonomi', nullable: true, type: String }) remark!: string | null;
  @ApiProperty({ description: 'Tabellen som udvalget skrev den (tusinde kr.)' }) originalTable!: ConsequenceTable;
  @ApiProperty({ description: 'Tabellen der gælder efter beslutningerne: den seneste ændrede tabel, ellers den oprindelige' }) decidedTable!: ConsequenceTable;
  @ApiProperty({ description: 'Beregnet «Samlet, prioriteringsforslag» af den gældende tabel (tusinde kr.; null = tom kolonne)' }) totals!: TableCells;
  @ApiProperty({ type: [ProposalAgendaEntryView], description: 'Møderne forslaget har været på, med beslutningerne' }) agenda!: ProposalAgendaEntryView[];
  @ApiProperty({ description: 'Handlinger i godkendelsesforløbet den kaldende må udføre nu', type: [String] }) allowedActions!: string[];
  @ApiProperty() updatedAt!: string;
}

export class ProposalWorkflowPageView {
  @ApiProperty({ type: [ProposalWorkflowView] }) items!: ProposalWorkflowView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Antal forslag i alt med dette filter' }) total!: number;
}

/** One line of the append-only history. */
export class WorkflowHistoryEntryView {
  @ApiProperty({ description: 'Tidspunkt (ISO 8601)' }) at!: string;
  @ApiProperty({ description: 'Hvem' }) actorId!: string;
  @ApiProperty({ description: 'Rolle' }) actorRole!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) actorCommittee!: string | null;
  @ApiProperty({ description: 'Handling', example: 'fu_approve_with_changes' }) action!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Fra status' }) fromState!: string | null;
  @ApiProperty({ description: 'Til status' }) toState!: string;
  @ApiProperty({ description: 'Versionen efter handlingen' }) version!: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Hvorfor: bemærkning til udvalget, eller grunden til at forslaget bortfaldt ved budgetvedtagelsen',
  })
  remark!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'Mødet og dagsordenspunktet' }) meeting!: { id: string; agendaItem: number | null } | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Beslutningens udfald' }) outcome!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Beslutningsteksten' }) decisionText!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'Den oprindelige tabel, når beslutningen ændrede beløbene' })
  originalTable!: ConsequenceTable | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'Den ændrede tabel' }) decidedTable!: ConsequenceTable | null;
}
