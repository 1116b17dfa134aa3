import { COMMITTEE_ACTION_EVENTS, EventDefinition, EventEnvelope, IntakeEvent } from '@budgetflow/contracts';
import { COMMITTEE_ACTIONS } from '@budgetflow/domain';
import { EventHandlers, eventHandlers, on } from '@budgetflow/messaging';
import { Prisma } from '@budgetflow/workflow/data-access';
import { PrismaWorkflowTransaction } from '../store/prisma-workflow-transaction';
import { WorkflowTransaction } from '../store/workflow-transaction';
import { applyCommitteeAction } from './proposal-changed.handler';
import { applyRoundCreated } from './round-created.handler';

type Tx = Prisma.TransactionClient;
type Handler<TPayload> = (payload: TPayload, envelope: EventEnvelope, tx: WorkflowTransaction) => Promise<void>;

// The consumer hands each handler its Prisma transaction; the handlers work on the workflow's transaction.
const inStore = <TPayload>(event: EventDefinition<TPayload>, handler: Handler<TPayload>) =>
  on<TPayload, Tx>(event, (payload, envelope, tx) => handler(payload, envelope, new PrismaWorkflowTransaction(tx)));

/**
 * How the workflow service applies intake's events (each in the consumer's transaction, once, in sequence per
 * aggregate): rounds are kept for their columns, and every proposal event brings the committee's latest snapshot
 * and the state intake decided while the committee held the proposal.
 */
export function intakeEventHandlers(): EventHandlers<Tx> {
  return eventHandlers<Tx>(
    inStore(IntakeEvent.RoundCreated, applyRoundCreated),
    ...COMMITTEE_ACTIONS.map((action) => inStore(COMMITTEE_ACTION_EVENTS[action], applyCommitteeAction(action))),
  );
}
