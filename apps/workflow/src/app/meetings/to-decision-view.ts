import { parseConsequenceTable } from '@budgetflow/contracts';
import { DECISION_OUTCOME_LABELS, DecisionOutcome } from '@budgetflow/domain';
import { nullableTable } from '../shared/stored-tables';
import { AgendaItem, Decision, Meeting, Proposal } from '@budgetflow/workflow/data-access';
import { fromDbDate } from '../shared/iso-dates';
import { DecisionView } from './decision.view';

/** A decision row with what it was about: the agenda item, its meeting and the proposal. */
export type DecisionRow = Decision & { agendaItem: AgendaItem & { meeting: Meeting }; proposal: Proposal };

/** Loads a decision with everything its view needs. */
export const DECISION_INCLUDE = { agendaItem: { include: { meeting: true } }, proposal: true } as const;

export function toDecisionView(row: DecisionRow): DecisionView {
  return {
    id: row.id,
    proposalId: row.proposalId,
    reference: row.proposal.reference,
    committee: row.proposal.committee,
    title: row.proposal.title,
    body: row.body,
    meetingId: row.agendaItem.meetingId,
    meetingDate: fromDbDate(row.meetingDate),
    agendaItem: row.agendaItem.number,
    outcome: row.outcome,
    outcomeLabel: DECISION_OUTCOME_LABELS[row.outcome as DecisionOutcome],
    text: row.text,
    originalTable: parseConsequenceTable(row.originalTable, `decision ${row.id}.originalTable`),
    amendedTable: nullableTable(row.amendedTable, `decision ${row.id}.amendedTable`),
    agreementId: row.agreementId,
    decidedAt: row.decidedAt.toISOString(),
    decidedBy: row.decidedBy,
  };
}
