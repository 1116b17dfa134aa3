import { ConsequenceTable, DecisionOutcome, MeetingReference } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException, jsonColumn } from '@budgetflow/platform';
import { AgendaItem } from '@budgetflow/workflow/data-access';
import { randomUUID } from 'node:crypto';
import { fromDbDate } from '../store/iso-dates';
import { Tx, originalTableOf } from '../store/proposal-locks';
import { StoredMeeting, readMeeting } from '../store/stored-meeting';
import { StoredProposal } from '../store/stored-proposal';
import { meetingNotFound } from './meetings.service';

/**
 * Reads a meeting and locks it until the transaction ends, so agenda items are numbered one after the other.
 * Lock order everywhere: the meeting first, then proposals by id.
 */
export async function lockMeeting(tx: Tx, id: string): Promise<StoredMeeting> {
  await tx.$queryRaw`SELECT id FROM meeting WHERE id = ${id}::uuid FOR UPDATE`;
  const meeting = await tx.meeting.findUnique({ where: { id } });
  if (!meeting) throw meetingNotFound(id);
  return readMeeting(meeting);
}

/** Puts the proposal on the locked meeting's agenda as the next item; once per meeting. */
export async function appendAgendaItem(tx: Tx, meeting: StoredMeeting, proposalId: string, reference: string, createdBy: string): Promise<AgendaItem> {
  const existing = await tx.agendaItem.findUnique({ where: { meetingId_proposalId: { meetingId: meeting.id, proposalId } } });
  if (existing) {
    throw ProblemException.conflict('agenda.duplicate', `Forslaget ${reference} står allerede på mødets dagsorden som punkt ${existing.number}.`);
  }
  const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { number: true } });
  return tx.agendaItem.create({ data: { id: randomUUID(), meetingId: meeting.id, number: (last._max.number ?? 0) + 1, proposalId, createdBy } });
}

/** Where a decision or scheduling happens, as events and history name it. */
export function meetingRef(meeting: StoredMeeting, item: AgendaItem): MeetingReference {
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
  tx: Tx,
  meeting: StoredMeeting,
  item: AgendaItem,
  proposal: StoredProposal,
  decision: DecisionRecord,
  user: AuthenticatedUser,
): Promise<ConsequenceTable> {
  const originalTable = originalTableOf(proposal);
  await tx.decision.create({
    data: {
      id: randomUUID(),
      agendaItemId: item.id,
      proposalId: proposal.id,
      roundId: meeting.roundId,
      body: meeting.body,
      outcome: decision.outcome,
      meetingDate: meeting.date,
      text: decision.text,
      originalTable: jsonColumn(originalTable),
      amendedTable: decision.amendedTable ? jsonColumn(decision.amendedTable) : undefined,
      agreementId: decision.agreementId ?? null,
      decidedBy: user.id,
      decidedByRole: user.actor.role,
    },
  });
  return originalTable;
}
