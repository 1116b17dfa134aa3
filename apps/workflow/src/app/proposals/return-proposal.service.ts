import { WorkflowEventType } from '@budgetflow/contracts';
import { applyAction } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, RequestContext, refusalProblem } from '@budgetflow/platform';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { lockKnownProposal, subjectOf } from '../shared/proposal-lock';
import { recordChange } from '../shared/record-change';
import { requirePermission } from '../shared/refusal';
import { checkVersion } from '../shared/versions';

/** The budget office sends a submitted proposal back to its committee with remarks (formalities not met). */
@Injectable()
export class ReturnProposalService {
  constructor(
    private readonly db: WorkflowDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  async returnWithRemarks(user: AuthenticatedUser, id: string, remark: string, expectedVersion: number | undefined, request: RequestContext): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const { proposal, roundClosed } = await lockKnownProposal(tx, id);
      const subject = subjectOf(proposal, roundClosed);
      requirePermission(subject, 'return_with_remarks', user.actor);
      checkVersion(proposal.version, expectedVersion);
      const result = applyAction(subject, 'return_with_remarks', user.actor, { remark });
      if (!result.ok) throw refusalProblem(result);
      await recordChange(tx, proposal, { action: 'return_with_remarks', to: result.to, eventType: WorkflowEventType.ProposalReturned, remark: remark.trim() }, user, request);
    });
    this.relay.nudge();
  }
}
