import { holderOf, isNewerState } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, proposalNotFound } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { performAction } from '../actions/perform-action';
import { lockKnownProposal } from '../store/proposal-locks';
import { WorkflowStore } from '../store/workflow-transaction';

/**
 * A committee withdraws a proposal it has submitted. From its submission on the workflow holds the proposal,
 * so the withdrawal is decided here, in one transaction with everything else that happens to it (the budget
 * office putting it on FU's agenda, say): the committee's answer is final.
 */
@Injectable()
export class WithdrawProposalService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Returns the state sequence of the withdrawal. */
  async withdraw(user: AuthenticatedUser, id: string, knownSequence: number | undefined, request: RequestContext): Promise<number> {
    const stateSequence = await this.store.transaction(async (tx) => {
      const known = await tx.knownProposal(id);
      // Intake published the submission, but it has not reached the workflow yet.
      if (!known && knownSequence !== undefined) throw handoverPending();
      if (!known) throw proposalNotFound(id);
      const locked = await lockKnownProposal(tx, id, user.actor);
      const { proposal, roundClosed } = locked;
      if (knownSequence !== undefined && isNewerState({ stateSequence: knownSequence }, proposal)) throw handoverPending();
      if (holderOf(proposal.state) === 'committee' && !roundClosed) {
        throw ProblemException.conflict(
          'proposal.held_by_committee',
          `Forslaget ${proposal.reference} ligger hos udvalget; det trækkes tilbage i forslagsmodtagelsen (intake), ikke i godkendelsesforløbet.`,
        );
      }
      const updated = await performAction(tx, locked, { action: 'withdraw' }, user, request);
      return updated.stateSequence;
    });
    this.relay.nudge();
    return stateSequence;
  }
}

function handoverPending(): ProblemException {
  return ProblemException.conflict(
    'proposal.handover_pending',
    'Indsendelsen af forslaget er endnu ikke nået frem til godkendelsesforløbet; prøv igen om et øjeblik.',
  );
}
