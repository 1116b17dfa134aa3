import { ApiProperty } from '@nestjs/swagger';
import { DecisionView } from '../meetings/decision.view';

export class BudgetAgreementView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid', description: 'Regionsrådets møde' }) meetingId!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ description: 'Aftalens dato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ description: 'Beslutningsteksten' }) text!: string;
  @ApiProperty({ type: [DecisionView], description: 'Vedtagelserne, ét pr. forslag' }) decisions!: DecisionView[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() createdBy!: string;
}
