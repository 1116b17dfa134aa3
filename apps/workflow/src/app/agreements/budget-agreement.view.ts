import { ApiProperty } from '@nestjs/swagger';
import { DecisionView } from '../meetings/decision.view';
import { AgreementDocumentView } from './agreement-document.view';

export class BudgetAgreementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid', description: 'Regionsrådets møde' }) meetingId!: string;
  @ApiProperty({ type: [String], description: 'Partierne blandt underskriverne' }) parties!: string[];
  @ApiProperty({ description: 'Aftalens dato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ description: 'Beslutningsteksten' }) text!: string;
  @ApiProperty({ type: AgreementDocumentView, description: 'Aftalen som dokument: underskrivere, indledning, kapitler med initiativer' })
  document!: AgreementDocumentView;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Forhandlingspakken, aftalen er lavet af' }) packageId!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Pakkens version, som blev bekræftet' }) packageVersion!: number | null;
  @ApiProperty({ type: [DecisionView], description: 'Regionsrådets beslutninger med aftalen, én pr. forslag' }) decisions!: DecisionView[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() createdBy!: string;
}
