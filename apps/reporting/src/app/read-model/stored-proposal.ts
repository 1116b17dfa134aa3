import { parseAdministrationSteps, parseAmendingDecisions, parseProposalContent, parseProposalState } from '@budgetflow/contracts';
import { ReportProposal } from '@budgetflow/reporting/data-access';
import { ReadModelProposal } from './proposal-facts';

/** A report_proposal row as read, its JSON columns not yet checked. */
export type StoredProposalRow = Pick<ReportProposal, 'id' | 'roundId' | 'state' | 'stateSequence'> & { content: unknown; decisions: unknown; steps: unknown };

/** A stored row as the read model's rules see it; a malformed column is a clear error naming the row and field. */
export function readModelProposal(row: StoredProposalRow): ReadModelProposal {
  const at = `report_proposal ${row.id}`;
  return {
    id: row.id,
    roundId: row.roundId,
    content: row.content === null ? null : parseProposalContent(row.content, `${at}.content`),
    state: parseProposalState(row.state, `${at}.state`),
    stateSequence: row.stateSequence,
    decisions: parseAmendingDecisions(row.decisions, `${at}.decisions`),
    steps: parseAdministrationSteps(row.steps, `${at}.steps`),
  };
}
