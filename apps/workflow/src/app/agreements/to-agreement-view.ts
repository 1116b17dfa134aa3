import { parseAgreementDocument } from '@budgetflow/contracts';
import { BudgetAgreement } from '@budgetflow/workflow/data-access';
import { DecisionRow, toDecisionView } from '../meetings/to-decision-view';
import { fromDbDate } from '../store/iso-dates';
import { BudgetAgreementView } from './budget-agreement.view';

export const AGREEMENT_INCLUDE = {
  decisions: { include: { agendaItem: { include: { meeting: true } }, proposal: true }, orderBy: { agendaItem: { number: 'asc' } } },
} as const;

export function toAgreementView(row: BudgetAgreement & { decisions: DecisionRow[] }): BudgetAgreementView {
  return {
    id: row.id,
    roundId: row.roundId,
    meetingId: row.meetingId,
    parties: row.parties,
    date: fromDbDate(row.date),
    text: row.text,
    document: parseAgreementDocument(row.document, `budget_agreement ${row.id}.document`),
    packageId: row.packageId,
    packageVersion: row.packageVersion,
    decisions: row.decisions.map(toDecisionView),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
