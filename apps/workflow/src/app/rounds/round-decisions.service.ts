import { ProblemException } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { BudgetAgreementView } from '../agreements/budget-agreement.view';
import { RoundDecisionsRepository } from './round-decisions.repository';
import { RoundDecisionsView } from './round-decisions.view';

@Injectable()
export class RoundDecisionsService {
  constructor(private readonly rounds: RoundDecisionsRepository) {}

  async decisions(roundId: string): Promise<RoundDecisionsView> {
    if (!(await this.rounds.roundExists(roundId))) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    return { roundId, ...(await this.rounds.decisionsOf(roundId)) };
  }

  async agreement(id: string): Promise<BudgetAgreementView> {
    const agreement = await this.rounds.agreement(id);
    if (!agreement) throw ProblemException.notFound(`Budgetaftalen ${id}`, 'agreement.not_found');
    return agreement;
  }
}
