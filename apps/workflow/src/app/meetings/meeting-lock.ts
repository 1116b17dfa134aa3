import { ConsequenceTable, DecisionOutcome, MeetingReference } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { randomUUID } from 'node:crypto';
import { fromDbDate } from '../store/iso-dates';
import { originalTableOf } from '../store/proposal-locks';
import { StoredMeeting } from '../store/stored-meeting';
import { StoredProposal } from '../store/stored-proposal';
import { StoredAgendaItem, WorkflowTransaction } from '../store/workflow-transaction';
import { meetingNotFound } from './meetings.service';

/**
 * Reads a meeting and locks it until the transaction ends, so agenda items are numbered one after the other.
 * Lock order everywhere: the meeting first, then proposals by id.
 */
export async function lockMeeting(tx: WorkflowTransaction, id: string): Promise<StoredMeeting> {
  const meeting = await tx.lockMeeting(id);
  if (!meeting) throw meetingNotFound(id);
  return meeting;
}

/** Puts the proposal on the locked meeting's agenda as the next item; once per meeting. */
export async function appendAgendaItem(
  tx: WorkflowTransaction,
  meeting: StoredMeeting,
  proposalId: string,
  reference: string,
  createdBy: string,
): Promise<StoredAgendaItem> {
  const existing = await tx.agendaItemOf(meeting.id, proposalId);
  if (existing) {
    throw ProblemException.conflict('agenda.duplicate', `Forslaget ${reference} står allerede på mødets dagsorden som punkt ${existing.number}.`);
  }
  return tx.addAgendaItem(meeting.id, proposalId, createdBy);
}

/** Where a decision or scheduling happens, as events and history name it. */
export function meetingRef(meeting: StoredMeeting, item: StoredAgendaItem): MeetingReference {
  return { id: meeting.id, body: meeting.body, date: fromDbDate(meeting.date), agendaItem: item.number };
}

/** What a body decided on an agenda item; an agreement's decisions name it. */
export interface DecisionRecord {
  outcome: DecisionOutcome;
  text: string;
  amendedTable?: ConsequenceTable | null;
  agreementId?: string | null;
}

/** Writes the decision on the agenda item, the original table beside any amended one; returns the original. */
export async function recordDecision(
  tx: WorkflowTransaction,
  meeting: StoredMeeting,
  item: StoredAgendaItem,
  proposal: StoredProposal,
  decision: DecisionRecord,
  user: AuthenticatedUser,
): Promise<ConsequenceTable> {
  const originalTable = originalTableOf(proposal);
  await tx.insertDecision({
    id: randomUUID(),
    agendaItemId: item.id,
    proposalId: proposal.id,
    roundId: meeting.roundId,
    body: meeting.body,
    outcome: decision.outcome,
    meetingDate: meeting.date,
    text: decision.text,
    originalTable,
    amendedTable: decision.amendedTable ?? null,
    agreementId: decision.agreementId ?? null,
    decidedBy: user.id,
    decidedByRole: user.actor.role,
  });
  return originalTable;
}
