import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { performAction } from '../actions/perform-action';
import { lockKnownProposal } from '../store/proposal-locks';
import { WorkflowStore } from '../store/workflow-transaction';

/** The budget office sends a submitted proposal back to its committee with remarks (formalities not met). */
@Injectable()
export class ReturnProposalService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  async returnWithRemarks(user: AuthenticatedUser, id: string, remark: string, expectedVersion: number | undefined, request: RequestContext): Promise<void> {
    await this.store.transaction(async (tx) => {
      const step = {
        action: 'return_with_remarks',
        expectedVersion,
        details: () => ({ remark: remark.trim() }),
      } as const;
      await performAction(tx, await lockKnownProposal(tx, id, user.actor), step, user, request);
    });
    this.relay.nudge();
  }
}
