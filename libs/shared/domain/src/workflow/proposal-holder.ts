import { ProposalState } from './proposal-state';

/**
 * Who holds a proposal, and so decides its next step: its committee while it is drafted or returned, the
 * administration (budget office, FU, RR) from its submission on. A final state has no holder: nothing happens
 * to it any more. A request from the other side goes to the holder and gets the holder's answer.
 */
export type ProposalHolder = 'committee' | 'administration';

const HOLDERS: Readonly<Record<ProposalState, ProposalHolder | null>> = {
  draft: 'committee',
  returned: 'committee',
  submitted: 'administration',
  on_fu_agenda: 'administration',
  approved_by_fu: 'administration',
  rejected_by_fu: null,
  adopted: null,
  not_adopted: null,
  withdrawn: null,
  lapsed: null,
};

/** The side that decides the next step of a proposal in this state; null for a final state. */
export function holderOf(state: ProposalState): ProposalHolder | null {
  return HOLDERS[state];
}

/** True when nothing can happen to a proposal in this state any more. */
export function isFinalState(state: ProposalState): boolean {
  return HOLDERS[state] === null;
}
