import { ProblemException } from '@budgetflow/platform';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { BudgetAgreementView } from '../agreements/budget-agreement.view';
import { AGREEMENT_INCLUDE, toAgreementView } from '../agreements/to-agreement-view';
import { DECISION_INCLUDE, toDecisionView } from '../meetings/to-decision-view';
import { RoundDecisionsView } from './round-decisions.view';

@Injectable()
export class RoundDecisionsService {
  constructor(private readonly db: WorkflowDatabase) {}

  async decisions(roundId: string): Promise<RoundDecisionsView> {
    if (!(await this.db.budgetRound.findUnique({ where: { id: roundId }, select: { id: true } }))) {
      throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    }
    const [decisions, agreement] = await Promise.all([
      this.db.decision.findMany({
        where: { roundId },
        include: DECISION_INCLUDE,
        orderBy: [{ meetingDate: 'asc' }, { agendaItem: { number: 'asc' } }, { decidedAt: 'asc' }],
      }),
      this.db.budgetAgreement.findUnique({ where: { roundId }, include: AGREEMENT_INCLUDE }),
    ]);
    return { roundId, decisions: decisions.map(toDecisionView), agreement: agreement ? toAgreementView(agreement) : null };
  }

  async agreement(id: string): Promise<BudgetAgreementView> {
    const row = await this.db.budgetAgreement.findUnique({ where: { id }, include: AGREEMENT_INCLUDE });
    if (!row) throw ProblemException.notFound(`Budgetaftalen ${id}`, 'agreement.not_found');
    return toAgreementView(row);
  }
}
