import { COUNTED_STATES, joinDanish, PROPOSAL_STATE_LABELS, ProposalState } from '@budgetflow/domain';
import { BilagData, BilagProposal } from '../model/bilag-data';

/** States the catalogue leaves out: a draft was never submitted, a withdrawn proposal was taken back. */
export const CATALOGUE_EXCLUDED_STATES: readonly ProposalState[] = ['draft', 'withdrawn'];

/** The proposals of the catalogue: every submitted proposal that was not withdrawn, in the given order. */
export function catalogueProposals(data: BilagData): BilagProposal[] {
  return data.proposals.filter((proposal) => !CATALOGUE_EXCLUDED_STATES.includes(proposal.state));
}

/** The proposals that count towards frames and the year table (the domain's COUNTED_STATES). */
export function countedProposals(data: BilagData): BilagProposal[] {
  return data.proposals.filter((proposal) => COUNTED_STATES.includes(proposal.state));
}

/** The proposals that do not count (withdrawn, rejected by FU, not adopted). */
export function uncountedProposals(data: BilagData): BilagProposal[] {
  return data.proposals.filter((proposal) => !COUNTED_STATES.includes(proposal.state));
}

/** The adopted proposals: state "Vedtaget" or named in the budget agreement. */
export function adoptedProposals(data: BilagData): BilagProposal[] {
  const agreed = new Set(data.agreement?.proposalIds ?? []);
  return data.proposals.filter((proposal) => proposal.state === 'adopted' || agreed.has(proposal.id));
}

/** The proposal with this id; a clear error when the read model does not have it. */
export function findProposal(data: BilagData, proposalId: string): BilagProposal {
  const proposal = data.proposals.find((candidate) => candidate.id === proposalId);
  if (!proposal) throw new RangeError(`Forslaget «${proposalId}» findes ikke i ${data.round.round.name}.`);
  return proposal;
}

/** A state label inside a sentence: only the first letter is lowered, so "Afvist af FU" becomes "afvist af FU". */
export function stateInWords(state: ProposalState): string {
  const label = PROPOSAL_STATE_LABELS[state];
  return label.charAt(0).toLocaleLowerCase('da') + label.slice(1);
}

/** State labels as a Danish list inside a sentence: "kladde, indsendt … og vedtaget". */
export function statesInWords(states: readonly ProposalState[]): string {
  return joinDanish(states.map(stateInWords));
}
