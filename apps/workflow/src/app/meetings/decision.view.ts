import { ConsequenceTable, DecisionBody, DecisionOutcome } from '@budgetflow/domain';
import { API_ENUMS, ConsequenceTableView } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';

/** A decision of FU or RR on one agenda item; amounts are integers of thousand kroner. */
export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ description: 'Forslagets reference' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Forslagets titel' }) title!: string;
  @ApiProperty({ description: 'Det besluttende organ', ...API_ENUMS.DecisionBody }) body!: DecisionBody;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)' }) meetingDate!: string;
  @ApiProperty({ description: 'Dagsordenspunktets nummer' }) agendaItem!: number;
  @ApiProperty({ description: 'Udfald (kode)', ...API_ENUMS.DecisionOutcome }) outcome!: DecisionOutcome;
  @ApiProperty({ description: 'Udfald på dansk', example: 'Godkendt med ændringer' }) outcomeLabel!: string;
  @ApiProperty({ description: 'Beslutningsteksten' }) text!: string;
  @ApiProperty({ description: 'Tabellen som udvalget skrev den (bevares altid)', type: ConsequenceTableView }) originalTable!: ConsequenceTable;
  @ApiProperty({ description: 'Den ændrede tabel ved «med ændringer»', nullable: true, type: ConsequenceTableView }) amendedTable!: ConsequenceTable | null;
  @ApiProperty({ description: 'Budgetaftalen, hvis beslutningen er en del af den', nullable: true, type: String, format: 'uuid' }) agreementId!: string | null;
  @ApiProperty({ description: 'Registreret (ISO 8601)' }) decidedAt!: string;
  @ApiProperty({ description: 'Registreret af' }) decidedBy!: string;
}
