import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext } from '@budgetflow/platform';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { performAction } from '../actions/perform-action';
import { lockKnownProposal } from '../store/proposal-locks';

/** The budget office sends a submitted proposal back to its committee with remarks (formalities not met). */
@Injectable()
export class ReturnProposalService {
  constructor(
    private readonly db: WorkflowDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  async returnWithRemarks(user: AuthenticatedUser, id: string, remark: string, expectedVersion: number | undefined, request: RequestContext): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const step = {
        action: 'return_with_remarks',
        expectedVersion,
        details: () => ({ remark: remark.trim() }),
      } as const;
      await performAction(tx, await lockKnownProposal(tx, id), step, user, request);
    });
    this.relay.nudge();
  }
}
