import { parseProposalState } from '@budgetflow/contracts';
import { DecisionBody, IsoDate, ProposalState } from '@budgetflow/domain';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { fromDbDate, toDbDate } from '../store/iso-dates';
import { decisionBody } from '../store/stored-meeting';
import { DecisionView } from './decision.view';
import { DECISION_INCLUDE, toDecisionView } from './to-decision-view';

/** A meeting with its agenda, read and checked: what the meeting endpoints answer from. */
export interface MeetingRecord {
  id: string;
  roundId: string;
  body: DecisionBody;
  date: IsoDate;
  title: string | null;
  createdAt: Date;
  createdBy: string;
  agenda: AgendaEntry[];
}

export interface AgendaEntry {
  number: number;
  proposalId: string;
  reference: string;
  committee: string;
  title: string;
  state: ProposalState;
  decision: DecisionView | null;
}

export interface NewMeeting {
  id: string;
  roundId: string;
  body: DecisionBody;
  date: IsoDate;
  title: string | null;
  createdBy: string;
}

/** Whether the workflow knows a round, and whether the budget agreement has closed it. */
export type RoundStatus = 'unknown' | 'open' | 'closed';

/** The meetings of FU and RR. The service sees checked values only; a fake stands in for it in unit tests. */
export abstract class MeetingRepository {
  abstract roundStatus(roundId: string): Promise<RoundStatus>;
  abstract create(meeting: NewMeeting): Promise<MeetingRecord>;
  abstract list(filter: { roundId?: string; body?: DecisionBody }): Promise<MeetingRecord[]>;
  abstract find(id: string): Promise<MeetingRecord | null>;
}

const WITH_AGENDA = {
  agendaItems: { orderBy: { number: 'asc' }, include: { proposal: true, decision: { include: DECISION_INCLUDE } } },
} as const satisfies Prisma.MeetingInclude;

type MeetingWithAgenda = Prisma.MeetingGetPayload<{ include: typeof WITH_AGENDA }>;

function toRecord(row: MeetingWithAgenda): MeetingRecord {
  return {
    id: row.id,
    roundId: row.roundId,
    body: decisionBody(row.body, `meeting ${row.id}.body`),
    date: fromDbDate(row.date),
    title: row.title,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    agenda: row.agendaItems.map((item) => ({
      number: item.number,
      proposalId: item.proposalId,
      reference: item.proposal.reference,
      committee: item.proposal.committee,
      title: item.proposal.title,
      state: parseProposalState(item.proposal.state, `proposal ${item.proposalId}.state`),
      decision: item.decision ? toDecisionView(item.decision) : null,
    })),
  };
}

@Injectable()
export class PrismaMeetingRepository extends MeetingRepository {
  constructor(private readonly db: WorkflowDatabase) {
    super();
  }

  async roundStatus(roundId: string): Promise<RoundStatus> {
    const round = await this.db.budgetRound.findUnique({ where: { id: roundId }, select: { id: true } });
    if (!round) return 'unknown';
    return (await this.db.budgetAgreement.count({ where: { roundId } })) > 0 ? 'closed' : 'open';
  }

  async create(meeting: NewMeeting): Promise<MeetingRecord> {
    const row = await this.db.meeting.create({ data: { ...meeting, date: toDbDate(meeting.date) }, include: WITH_AGENDA });
    return toRecord(row);
  }

  async list(filter: { roundId?: string; body?: DecisionBody }): Promise<MeetingRecord[]> {
    const rows = await this.db.meeting.findMany({ where: filter, include: WITH_AGENDA, orderBy: [{ date: 'asc' }, { createdAt: 'asc' }] });
    return rows.map(toRecord);
  }

  async find(id: string): Promise<MeetingRecord | null> {
    const row = await this.db.meeting.findUnique({ where: { id }, include: WITH_AGENDA });
    return row ? toRecord(row) : null;
  }
}
