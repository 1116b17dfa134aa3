import { ConsequenceTable, DecisionBody, DecisionOutcome, ProposalState, Role, TableCells, WorkflowAction } from '@budgetflow/domain';
import { API_ENUMS, ConsequenceTableView, TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';
import { DecisionView } from '../meetings/decision.view';

/** One place on a meeting's agenda, with its decision once taken. */
export class ProposalAgendaEntryView {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ ...API_ENUMS.DecisionBody }) body!: DecisionBody;
  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ description: 'Dagsordenspunktets nummer' }) agendaItem!: number;
  @ApiProperty({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
}

/** A proposal's workflow: its state, the original and the decided table, its meetings and decisions. */
export class ProposalWorkflowView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ description: 'Reference, fx «B26-SU-01»' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Titel' }) title!: string;
  @ApiProperty({ description: 'Status (kode)', ...API_ENUMS.ProposalState }) state!: ProposalState;
  @ApiProperty({ description: 'Status på dansk', example: 'Klar til FU' }) stateLabel!: string;
  @ApiProperty({ description: 'Antal statusskift på tværs af intake og godkendelsesforløbet; højeste tal er gældende' }) stateSequence!: number;
  @ApiProperty({ description: 'Sandt når budgetaftalen har afsluttet runden; så kan intet længere ske med forslaget' }) roundClosed!: boolean;
  @ApiProperty({ description: 'Version; send den med ved handlinger (If-Match eller «version»)' }) version!: number;
  @ApiProperty({ description: 'Versionen af indholdet i indsendelsen' }) intakeVersion!: number;
  @ApiProperty({ description: 'Seneste bemærkning fra Koncernøkonomi', nullable: true, type: String }) remark!: string | null;
  @ApiProperty({ description: 'Tabellen som udvalget skrev den (tusinde kr.)', type: ConsequenceTableView }) originalTable!: ConsequenceTable;
  @ApiProperty({ description: 'Tabellen der gælder efter beslutningerne: den seneste ændrede tabel, ellers den oprindelige', type: ConsequenceTableView })
  decidedTable!: ConsequenceTable;
  @ApiProperty({ description: 'Beregnet «Samlet, prioriteringsforslag» af den gældende tabel (tusinde kr.; null = tom kolonne)', ...TABLE_CELLS })
  totals!: TableCells;
  @ApiProperty({ type: [ProposalAgendaEntryView], description: 'Møderne forslaget har været på, med beslutningerne' }) agenda!: ProposalAgendaEntryView[];
  @ApiProperty({ description: 'Handlinger i godkendelsesforløbet den kaldende må udføre nu', ...API_ENUMS.WorkflowAction, isArray: true })
  allowedActions!: WorkflowAction[];
  @ApiProperty() updatedAt!: string;
}

export class ProposalWorkflowPageView {
  @ApiProperty({ type: [ProposalWorkflowView] }) items!: ProposalWorkflowView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Antal forslag i alt med dette filter' }) total!: number;
}

/** The meeting a history line belongs to. */
export class HistoryMeetingView {
  @ApiProperty({ format: 'uuid', description: 'Mødets id' }) id!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Dagsordenspunktets nummer' }) agendaItem!: number | null;
}

/** One line of the append-only history. */
export class WorkflowHistoryEntryView {
  @ApiProperty({ description: 'Tidspunkt (ISO 8601)' }) at!: string;
  @ApiProperty({ description: 'Hvem' }) actorId!: string;
  @ApiProperty({ description: 'Rolle', ...API_ENUMS.Role }) actorRole!: Role;
  @ApiProperty({ nullable: true, type: String, description: 'Udvalget, når det var et udvalgssekretariat' }) actorCommittee!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Personens navn (adgangsbillettens «name»); null, når billetten ikke havde et, og for linjer fra før navne blev gemt',
    example: 'Frederik Underbjerg',
  })
  actorName!: string | null;
  @ApiProperty({ description: 'Handling', example: 'fu_approve_with_changes' }) action!: string;
  @ApiProperty({ description: 'Fra status', ...API_ENUMS.ProposalState, nullable: true }) fromState!: ProposalState | null;
  @ApiProperty({ description: 'Til status', ...API_ENUMS.ProposalState }) toState!: ProposalState;
  @ApiProperty({ description: 'Versionen efter handlingen' }) version!: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Hvorfor: bemærkning til udvalget, eller grunden til at forslaget bortfaldt ved budgetvedtagelsen',
  })
  remark!: string | null;
  @ApiProperty({ nullable: true, type: HistoryMeetingView, description: 'Mødet og dagsordenspunktet' }) meeting!: HistoryMeetingView | null;
  @ApiProperty({ description: 'Beslutningens udfald', ...API_ENUMS.DecisionOutcome, nullable: true }) outcome!: DecisionOutcome | null;
  @ApiProperty({ nullable: true, type: String, description: 'Beslutningsteksten' }) decisionText!: string | null;
  @ApiProperty({ nullable: true, type: ConsequenceTableView, description: 'Den oprindelige tabel, når beslutningen ændrede beløbene' })
  originalTable!: ConsequenceTable | null;
  @ApiProperty({ nullable: true, type: ConsequenceTableView, description: 'Den ændrede tabel' }) decidedTable!: ConsequenceTable | null;
}
