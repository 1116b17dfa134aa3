import { parseConsequenceTable } from '@budgetflow/contracts';
import { DECISION_OUTCOME_LABELS } from '@budgetflow/domain';
import { Prisma } from '@budgetflow/workflow/data-access';
import { fromDbDate } from '../store/iso-dates';
import { decisionBody, decisionOutcome } from '../store/stored-meeting';
import { nullableTable } from '../store/stored-tables';
import { DecisionView } from './decision.view';

/** Loads a decision with everything its view needs: the agenda item, its meeting and the proposal. */
export const DECISION_INCLUDE = { agendaItem: { include: { meeting: true } }, proposal: true } as const satisfies Prisma.DecisionInclude;

/** A decision row with what it was about. */
export type DecisionRow = Prisma.DecisionGetPayload<{ include: typeof DECISION_INCLUDE }>;

/** The one place a decision row becomes a view: its body, outcome and tables are checked. */
export function toDecisionView(row: DecisionRow): DecisionView {
  const body = decisionBody(row.body, `decision ${row.id}.body`);
  const outcome = decisionOutcome(body, row.outcome, `decision ${row.id}.outcome`);
  return {
    id: row.id,
    proposalId: row.proposalId,
    reference: row.proposal.reference,
    committee: row.proposal.committee,
    title: row.proposal.title,
    body,
    meetingId: row.agendaItem.meetingId,
    meetingDate: fromDbDate(row.meetingDate),
    agendaItem: row.agendaItem.number,
    outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[outcome],
    text: row.text,
    originalTable: parseConsequenceTable(row.originalTable, `decision ${row.id}.originalTable`),
    amendedTable: nullableTable(row.amendedTable, `decision ${row.id}.amendedTable`),
    agreementId: row.agreementId,
    decidedAt: row.decidedAt.toISOString(),
    decidedBy: row.decidedBy,
  };
}
