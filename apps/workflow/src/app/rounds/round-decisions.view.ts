import { ApiProperty } from '@nestjs/swagger';
import { BudgetAgreementView } from '../agreements/budget-agreement.view';
import { DecisionView } from '../meetings/decision.view';

/** Everything FU and RR decided in a round, by meeting date and agenda item, and the budget agreement. */
export class RoundDecisionsView {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ type: [DecisionView] }) decisions!: DecisionView[];
  @ApiProperty({ type: BudgetAgreementView, nullable: true }) agreement!: BudgetAgreementView | null;
}
