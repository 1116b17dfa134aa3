/** The states a proposal moves through. */
export type ProposalState =
  'draft' | 'submitted' | 'returned' | 'on_fu_agenda' | 'approved_by_fu' | 'rejected_by_fu' | 'adopted' | 'not_adopted' | 'withdrawn' | 'lapsed';

/** All states, in workflow order. */
export const PROPOSAL_STATES: readonly ProposalState[] = [
  'draft',
  'submitted',
  'returned',
  'on_fu_agenda',
  'approved_by_fu',
  'rejected_by_fu',
  'adopted',
  'not_adopted',
  'withdrawn',
  'lapsed',
];

/** Danish labels of the states. */
export const PROPOSAL_STATE_LABELS: Readonly<Record<ProposalState, string>> = {
  draft: 'Kladde',
  submitted: 'Indsendt',
  returned: 'Retur til udvalg',
  on_fu_agenda: 'Klar til FU',
  approved_by_fu: 'Godkendt af FU',
  rejected_by_fu: 'Afvist af FU',
  adopted: 'Vedtaget',
  not_adopted: 'Ikke vedtaget',
  withdrawn: 'Trukket tilbage',
  lapsed: 'Bortfaldet',
};

/** True when value is a known state (e.g. read from a database or a request). */
export function isProposalState(value: unknown): value is ProposalState {
  return PROPOSAL_STATES.includes(value as ProposalState);
}
