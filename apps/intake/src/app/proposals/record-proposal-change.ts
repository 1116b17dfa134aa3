import {
  EventActor,
  EventDefinition,
  IntakeEvent,
  ProposalChangedV1,
  ProposalSnapshotV1,
  parseProposalContent,
  parseProposalState,
} from '@budgetflow/contracts';
import { WorkflowAction } from '@budgetflow/domain';
import { Prisma, Proposal } from '@budgetflow/intake/data-access';
import { appendToOutbox, newEvent } from '@budgetflow/messaging';

type Tx = Prisma.TransactionClient;

/** What intake decides and publishes: the committee's steps, and a lapse when the round closes. */
export type IntakeAction = 'create' | Extract<WorkflowAction, 'edit' | 'submit' | 'withdraw' | 'lapse'>;

/** Which event each intake action publishes. */
const EVENT_OF: Readonly<Record<IntakeAction, EventDefinition<ProposalChangedV1>>> = {
  create: IntakeEvent.ProposalDrafted,
  edit: IntakeEvent.ProposalUpdated,
  submit: IntakeEvent.ProposalSubmitted,
  withdraw: IntakeEvent.ProposalWithdrawn,
  lapse: IntakeEvent.ProposalLapsed,
};

/** The request or event that caused a change. */
export interface ChangeCause {
  correlationId: string;
  causationId: string | null;
}

/** One change intake decided: the proposal as it is now, what was done, from which state, and why. */
export interface ProposalChange {
  readonly row: Proposal;
  readonly action: IntakeAction;
  readonly fromState: string | null;
  readonly remark: string | null;
  /**
   * The action on the record, when it differs from the event's (the budget office's import on a committee's behalf
   * is a create or an edit to the followers, but «import_on_behalf» in the history).
   */
  readonly historyAction?: string;
}

/** Appends the history line and the event of a change intake decided, in the caller's transaction. */
export async function recordProposalChange(
  tx: Tx,
  row: Proposal,
  actor: EventActor,
  action: IntakeAction,
  fromState: string | null,
  remark: string | null,
  cause: ChangeCause,
  historyAction: string = action,
): Promise<void> {
  await recordProposalChanges(tx, actor, [{ row, action, fromState, remark, historyAction }], cause);
}

/** The history lines and events of many changes by one actor (an import), in two statements. */
export async function recordProposalChanges(tx: Tx, actor: EventActor, changes: readonly ProposalChange[], cause: ChangeCause): Promise<void> {
  if (changes.length === 0) return;
  await tx.proposalHistory.createMany({
    data: changes.map(({ row, action, fromState, remark, historyAction }) => ({
      proposalId: row.id,
      actorId: actor.id,
      actorRole: actor.role,
      actorCommittee: actor.committee ?? null,
      action: historyAction ?? action,
      fromState,
      toState: row.state,
      version: row.version,
      remark,
    })),
  });
  await appendToOutbox(
    tx,
    changes.map(({ row, action }) => newEvent(EVENT_OF[action], { id: row.id, sequence: row.eventCount }, { proposal: snapshot(row) }, { actor, ...cause })),
  );
}

/** The proposal as events carry it. */
export function snapshot(row: Proposal): ProposalSnapshotV1 {
  return {
    proposalId: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    state: parseProposalState(row.state, `proposal ${row.id}.state`),
    stateSequence: row.stateSequence,
    version: row.version,
    content: parseProposalContent(row.content, `proposal ${row.id}.content`),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
  };
}
