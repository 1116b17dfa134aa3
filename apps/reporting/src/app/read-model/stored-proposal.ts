import { ProposalContent, isIsoDate, isProposalState } from '@budgetflow/domain';
import { ReportProposal } from '@budgetflow/reporting/data-access';
import { ReadModelProposal, ReportedDecision } from './proposal-facts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored decisions (a JSON column), checked entry by entry. */
export function storedDecisions(stored: unknown, proposalId: string): ReportedDecision[] {
  if (!Array.isArray(stored)) throw new TypeError(`report_proposal ${proposalId}: decisions must be an array`);
  return stored.map((entry, index) => {
    if (
      !isObject(entry) ||
      (entry['body'] !== 'FU' && entry['body'] !== 'RR') ||
      !isIsoDate(entry['meetingDate']) ||
      !isObject(entry['amendedTable']) ||
      !Array.isArray(entry['amendedTable']['rows']) ||
      !Number.isInteger(entry['stateSequence'])
    ) {
      throw new TypeError(`report_proposal ${proposalId}: decisions[${index}] must have body, meetingDate, amendedTable and stateSequence`);
    }
    return entry as unknown as ReportedDecision;
  });
}

/** A stored row as the read model's rules see it. */
export function readModelProposal(row: ReportProposal): ReadModelProposal {
  if (!isProposalState(row.state)) throw new TypeError(`report_proposal ${row.id}: unknown state ${row.state}`);
  if (row.content !== null && (!isObject(row.content) || typeof row.content['reference'] !== 'string')) {
    throw new TypeError(`report_proposal ${row.id}: content must be a proposal's content`);
  }
  return {
    id: row.id,
    roundId: row.roundId,
    content: row.content as ProposalContent | null,
    state: row.state,
    stateSequence: row.stateSequence,
    decisions: storedDecisions(row.decisions, row.id),
  };
}
