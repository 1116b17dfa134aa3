import { ConsequenceTable } from '@budgetflow/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A decision of FU or RR on one agenda item; amounts are integers of thousand kroner. */
export class DecisionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ description: 'Forslagets reference' }) reference!: string;
  @ApiProperty({ description: 'Udvalgets kode' }) committee!: string;
  @ApiProperty({ description: 'Forslagets titel' }) title!: string;
  @ApiProperty({ description: 'Det besluttende organ', enum: ['FU', 'RR'] }) body!: string;
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)' }) meetingDate!: string;
  @ApiProperty({ description: 'Dagsordenspunktets nummer' }) agendaItem!: number;
  @ApiProperty({ description: 'Udfald (kode)', example: 'approved_with_changes' }) outcome!: string;
  @ApiProperty({ description: 'Udfald på dansk', example: 'Godkendt med ændringer' }) outcomeLabel!: string;
  @ApiProperty({ description: 'Beslutningsteksten' }) text!: string;
  @ApiProperty({ description: 'Tabellen som udvalget skrev den (bevares altid)' }) originalTable!: ConsequenceTable;
  @ApiPropertyOptional({ description: 'Den ændrede tabel ved «med ændringer»', nullable: true, type: Object }) amendedTable!: ConsequenceTable | null;
  @ApiPropertyOptional({ description: 'Budgetaftalen, hvis beslutningen er en del af den', nullable: true, type: String, format: 'uuid' }) agreementId!:
    string | null;
  @ApiProperty({ description: 'Registreret (ISO 8601)' }) decidedAt!: string;
  @ApiProperty({ description: 'Registreret af' }) decidedBy!: string;
}
