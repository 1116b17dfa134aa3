import { ConsequenceTable, DecisionBody, ProposalContent, ProposalState, Role, TableCells, WorkflowAction } from '@budgetflow/domain';
import { API_ENUMS, ConsequenceTableView, ProposalContentView, TABLE_CELLS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

/** A proposal as the API returns it; amounts are integers of thousand kroner (tusinde kr.). */
export class ProposalView {
  @ApiProperty({ format: 'uuid', description: 'Forslagets id' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'Budgetrunden' }) roundId!: string;
  @ApiProperty({ description: 'Reference, fx «B26-SU-01»' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Status (kode)', ...API_ENUMS.ProposalState }) state!: ProposalState;
  @ApiProperty({ description: 'Status på dansk', example: 'Kladde' }) stateLabel!: string;
  @ApiProperty({ description: 'Antal statusskift på tværs af intake og godkendelsesforløbet; højeste tal er gældende' }) stateSequence!: number;
  @ApiProperty({ description: 'Version; send den med ved ændringer (If-Match eller «version»)' }) version!: number;
  @ApiProperty({ description: 'Indholdet: titel, område, art, tekstafsnit, finansiering og tabel (beløb i tusinde kr.)', type: ProposalContentView })
  content!: ProposalContent;
  @ApiProperty({ description: 'Beregnet «Samlet, prioriteringsforslag» pr. kolonne (tusinde kr.; null = tom kolonne)', ...TABLE_CELLS }) totals!: TableCells;
  @ApiProperty({
    description: 'Tabellen som FU eller RR har besluttet den, når beslutningen ændrede beløbene; ellers null',
    nullable: true,
    type: ConsequenceTableView,
  })
  decidedTable!: ConsequenceTable | null;
  @ApiProperty({ description: 'Beregnet «Samlet» af den besluttede tabel; null uden ændringer', nullable: true, ...TABLE_CELLS })
  decidedTotals!: TableCells | null;
  @ApiProperty({ description: 'Organet hvis ændrede tabel gælder', ...API_ENUMS.DecisionBody, nullable: true }) decidedBy!: DecisionBody | null;
  @ApiProperty({ description: 'Sandt når budgetaftalen har afsluttet runden; så kan intet længere ske med forslaget' }) roundClosed!: boolean;
  @ApiProperty({ description: 'Seneste bemærkning fra Koncernøkonomi', nullable: true, type: String }) remark!: string | null;
  @ApiProperty({ description: 'Handlinger den kaldende må udføre nu', ...API_ENUMS.WorkflowAction, isArray: true }) allowedActions!: WorkflowAction[];
  @ApiProperty({ description: 'Oprettet (ISO 8601)' }) createdAt!: string;
  @ApiProperty({ description: 'Senest ændret (ISO 8601)' }) updatedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Senest indsendt (ISO 8601)' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Hvem der senest indsendte forslaget' }) submittedBy!: string | null;
}

export class ProposalPageView {
  @ApiProperty({ type: [ProposalView], description: 'Forslagene på denne side' }) items!: ProposalView[];
  @ApiProperty({ description: 'Sidens nummer (fra 1)' }) page!: number;
  @ApiProperty({ description: 'Forslag pr. side' }) pageSize!: number;
  @ApiProperty({ description: 'Antal forslag i alt med dette filter' }) total!: number;
}

export class HistoryEntryView {
  @ApiProperty({ description: 'Tidspunkt (ISO 8601)' }) at!: string;
  @ApiProperty({ description: 'Hvem' }) actorId!: string;
  @ApiProperty({ description: 'Rolle', ...API_ENUMS.Role }) actorRole!: Role;
  @ApiProperty({ nullable: true, type: String, description: 'Udvalget, når det var et udvalgssekretariat' }) actorCommittee!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Personens navn (adgangsbillettens «name»); null, når billetten ikke havde et, og for linjer fra før navne blev gemt',
    example: 'Karen Holm',
  })
  actorName!: string | null;
  @ApiProperty({
    description: 'Handling: en handling (submit, return_with_remarks …) eller et udfald af FU’s eller RR’s beslutning (approved …)',
    example: 'submit',
  })
  action!: string;
  @ApiProperty({ description: 'Fra status', ...API_ENUMS.ProposalState, nullable: true }) fromState!: ProposalState | null;
  @ApiProperty({ description: 'Til status', ...API_ENUMS.ProposalState }) toState!: ProposalState;
  @ApiProperty({ description: 'Versionen efter handlingen' }) version!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Hvorfor' }) remark!: string | null;
}
