import { COMMITTEE_ACTION_EVENTS, IntakeEvent } from '@budgetflow/contracts';
import { COMMITTEE_ACTIONS } from '@budgetflow/domain';
import { EventHandlers, eventHandlers, on } from '@budgetflow/messaging';
import { Prisma } from '@budgetflow/workflow/data-access';
import { applyCommitteeAction } from './proposal-changed.handler';
import { applyRoundCreated } from './round-created.handler';

/**
 * How the workflow service applies intake's events (each in the consumer's transaction, once, in sequence per
 * aggregate): rounds are kept for their columns, and every proposal event brings the committee's latest snapshot
 * and the state intake decided while the committee held the proposal.
 */
export function intakeEventHandlers(): EventHandlers<Prisma.TransactionClient> {
  return eventHandlers<Prisma.TransactionClient>(
    on(IntakeEvent.RoundCreated, applyRoundCreated),
    ...COMMITTEE_ACTIONS.map((action) => on(COMMITTEE_ACTION_EVENTS[action], applyCommitteeAction(action))),
  );
}
