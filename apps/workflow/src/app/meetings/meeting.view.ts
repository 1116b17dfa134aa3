import { DecisionBody, ProposalState } from '@budgetflow/domain';
import { API_ENUMS } from '@budgetflow/platform';
import { ApiProperty } from '@nestjs/swagger';
import { DecisionView } from './decision.view';

/** A proposal on a meeting's agenda, in order, with its decision once taken. */
export class AgendaItemView {
  @ApiProperty({ description: 'Punktets nummer (fra 1)' }) number!: number;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() committee!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Forslagets status nu', ...API_ENUMS.ProposalState }) state!: ProposalState;
  @ApiProperty({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
}

export class MeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ ...API_ENUMS.DecisionBody }) body!: DecisionBody;
  @ApiProperty({ description: 'Organet på dansk', example: 'Forretningsudvalget' }) bodyLabel!: string;
  @ApiProperty({ description: 'Mødedato (ÅÅÅÅ-MM-DD)' }) date!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ type: [AgendaItemView], description: 'Dagsordenen: forslagene i rækkefølge' }) agenda!: AgendaItemView[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() createdBy!: string;
}
