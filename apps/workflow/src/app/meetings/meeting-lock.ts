import { ConsequenceTable, DecisionOutcome } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException } from '@budgetflow/platform';
import { AgendaItem, Meeting, Proposal } from '@budgetflow/workflow/data-access';
import { randomUUID } from 'node:crypto';
import { fromDbDate } from '../shared/iso-dates';
import { Tx, originalTableOf } from '../shared/proposal-lock';
import { MeetingRef } from '../shared/record-change';
import { meetingNotFound } from './meetings.service';

/**
 * Reads a meeting and locks it until the transaction ends, so agenda items are numbered one after the other.
 * Lock order everywhere: the meeting first, then proposals by id.
 */
export async function lockMeeting(tx: Tx, id: string): Promise<Meeting> {
  await tx.$queryRaw`SELECT id FROM meeting WHERE id = ${id}::uuid FOR UPDATE`;
  const meeting = await tx.meeting.findUnique({ where: { id } });
  if (!meeting) throw meetingNotFound(id);
  return meeting;
}

/** Puts the proposal on the locked meeting's agenda as the next item; once per meeting. */
export async function appendAgendaItem(tx: Tx, meeting: Meeting, proposalId: string, reference: string, createdBy: string): Promise<AgendaItem> {
  const existing = await tx.agendaItem.findUnique({ where: { meetingId_proposalId: { meetingId: meeting.id, proposalId } } });
  if (existing) {
    throw ProblemException.conflict('agenda.duplicate', `Forslaget ${reference} står allerede på mødets dagsorden som punkt ${existing.number}.`);
  }
  const last = await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { number: true } });
  return tx.agendaItem.create({ data: { id: randomUUID(), meetingId: meeting.id, number: (last._max.number ?? 0) + 1, proposalId, createdBy } });
}

/** Where a decision or scheduling happens, as events and history name it. */
export function meetingRef(meeting: Meeting, item: AgendaItem): MeetingRef {
  return { id: meeting.id, body: meeting.body as 'FU' | 'RR', date: fromDbDate(meeting.date), agendaItem: item.number };
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
  meeting: Meeting,
  item: AgendaItem,
  proposal: Proposal,
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
      originalTable: originalTable as object,
      amendedTable: decision.amendedTable ? (decision.amendedTable as object) : undefined,
      agreementId: decision.agreementId ?? null,
      decidedBy: user.id,
      decidedByRole: user.actor.role,
    },
  });
  return originalTable;
}
