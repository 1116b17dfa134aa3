import { IntakeEventType } from '@budgetflow/contracts';
import { EventHandlers } from '@budgetflow/messaging';
import { Prisma } from '@budgetflow/workflow/data-access';
import { applyCommitteeAction } from './intake-events/proposal-changed.handler';
import { applyRoundCreated } from './intake-events/round-created.handler';

/**
 * How the workflow service applies intake's events (each in the consumer's transaction, once, in sequence per
 * aggregate): rounds are kept for their columns, and every proposal event brings the committee's latest snapshot
 * and the state intake decided while the committee held the proposal.
 */
export function intakeEventHandlers(): EventHandlers<Prisma.TransactionClient> {
  return {
    [`${IntakeEventType.RoundCreated}.v1`]: applyRoundCreated,
    [`${IntakeEventType.ProposalDrafted}.v1`]: applyCommitteeAction('create'),
    [`${IntakeEventType.ProposalUpdated}.v1`]: applyCommitteeAction('edit'),
    [`${IntakeEventType.ProposalSubmitted}.v1`]: applyCommitteeAction('submit'),
    [`${IntakeEventType.ProposalWithdrawn}.v1`]: applyCommitteeAction('withdraw'),
    [`${IntakeEventType.ProposalLapsed}.v1`]: applyCommitteeAction('lapse'),
  };
}
