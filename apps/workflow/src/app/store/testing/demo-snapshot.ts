import { ProposalSnapshotV1 } from '@budgetflow/contracts';
import { ProposalState, budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';

/** Intake's snapshot of one of the Budget 2026 demo proposals (by its place in the catalogue) in the given state. */
export function demoSnapshot(roundId: string, index: number, state: ProposalState, stateSequence: number): ProposalSnapshotV1 {
  const input = budget2026Proposals[index];
  if (!input) throw new Error(`No demo proposal ${index}`);
  const content = validateProposal(input, budget2026Round);
  if (!content.ok) throw new Error(`Demo proposal ${index} is invalid`);
  return {
    proposalId: `00000000-0000-4000-8000-00000000000${index}`,
    roundId,
    reference: content.value.reference,
    committee: content.value.committee,
    state,
    stateSequence,
    version: stateSequence,
    content: content.value,
    submittedAt: state === 'draft' ? null : '2025-04-01T08:00:00.000Z',
    submittedBy: state === 'draft' ? null : 'committee-1',
  };
}
