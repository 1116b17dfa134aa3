import { ProposalState } from './proposal-state';
import { AdministrationAction } from './holder-action';
import { WORKFLOW_TRANSITIONS } from './workflow-rules';

/** What the closing of a round does to one proposal: the action on record, the final state and the reason. */
export interface ClosingStep {
  readonly action: AdministrationAction;
  readonly to: ProposalState;
  readonly reason: string;
}

/** The reasons on record for a proposal the budget agreement does not adopt. */
export const CLOSING_REASONS = {
  lapse: 'Bortfaldet ved budgetvedtagelsen: forslaget var ikke færdigbehandlet, da budgetaftalen blev vedtaget.',
  notAdopted: 'Ikke vedtaget: forslaget er godkendt af FU, men ikke medtaget i budgetaftalen.',
} as const;

/**
 * The budget agreement closes the round: what it adopts is adopted (rr_adopt); a proposal FU approved that it
 * leaves out is not adopted by RR; every other proposal still in progress lapses. A final state stays as it is
 * (null). A proposal in the agreement must have been approved by FU; the agreement's own check refuses others.
 */
export function closingStep(state: ProposalState, inAgreement: boolean): ClosingStep | null {
  if (state === 'approved_by_fu') {
    return inAgreement ? step('rr_adopt', state, 'Vedtaget med budgetaftalen.') : step('rr_not_adopt', state, CLOSING_REASONS.notAdopted);
  }
  if (inAgreement) return null;
  return WORKFLOW_TRANSITIONS.some((transition) => transition.from === state && transition.action === 'lapse')
    ? step('lapse', state, CLOSING_REASONS.lapse)
    : null;
}

function step(action: AdministrationAction, from: ProposalState, reason: string): ClosingStep {
  const transition = WORKFLOW_TRANSITIONS.find((candidate) => candidate.from === from && candidate.action === action);
  if (!transition) throw new RangeError(`No transition ${action} from ${from}`);
  return { action, to: transition.to, reason };
}
