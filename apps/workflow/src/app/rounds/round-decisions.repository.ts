import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { BudgetAgreementView } from '../agreements/budget-agreement.view';
import { AGREEMENT_INCLUDE, toAgreementView } from '../agreements/to-agreement-view';
import { DecisionView } from '../meetings/decision.view';
import { DECISION_INCLUDE, toDecisionView } from '../meetings/to-decision-view';

/** Reading a round's decisions and budget agreement: every row leaves here checked. */
@Injectable()
export class RoundDecisionsRepository {
  constructor(private readonly db: WorkflowDatabase) {}

  async roundExists(roundId: string): Promise<boolean> {
    return (await this.db.budgetRound.findUnique({ where: { id: roundId }, select: { id: true } })) !== null;
  }

  /** The round's decisions by meeting date and agenda item, and its agreement (null before it). */
  async decisionsOf(roundId: string): Promise<{ decisions: DecisionView[]; agreement: BudgetAgreementView | null }> {
    const [decisions, agreement] = await Promise.all([
      this.db.decision.findMany({
        where: { roundId },
        include: DECISION_INCLUDE,
        orderBy: [{ meetingDate: 'asc' }, { agendaItem: { number: 'asc' } }, { decidedAt: 'asc' }],
      }),
      this.db.budgetAgreement.findUnique({ where: { roundId }, include: AGREEMENT_INCLUDE }),
    ]);
    return { decisions: decisions.map(toDecisionView), agreement: agreement ? toAgreementView(agreement) : null };
  }

  async agreement(id: string): Promise<BudgetAgreementView | null> {
    const row = await this.db.budgetAgreement.findUnique({ where: { id }, include: AGREEMENT_INCLUDE });
    return row ? toAgreementView(row) : null;
  }
}
