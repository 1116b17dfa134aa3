import { nullable, parseDecisionOutcome, parseProposalState, parseRole } from '@budgetflow/contracts';
import { DecisionBody, IsoDate, readableDraftsOf } from '@budgetflow/domain';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { DecisionView } from '../meetings/decision.view';
import { DECISION_INCLUDE, toDecisionView } from '../meetings/to-decision-view';
import { fromDbDate } from '../store/iso-dates';
import { decisionBody } from '../store/stored-meeting';
import { StoredProposal, readProposal } from '../store/stored-proposal';
import { nullableTable } from '../store/stored-tables';
import { WorkflowHistoryEntryView } from './proposal.view';

/** A proposal with the meetings it has been on (by meeting date, then when it was listed) and their decisions. */
export interface ProposalRecord {
  proposal: StoredProposal;
  agenda: AgendaSlot[];
}

export interface AgendaSlot {
  meetingId: string;
  body: DecisionBody;
  date: IsoDate;
  agendaItem: number;
  decision: DecisionView | null;
}

/** Whose drafts a caller may read beside every submitted proposal (the domain's readableDraftsOf). */
export type ReadableDrafts = ReturnType<typeof readableDraftsOf>;

const WITH_AGENDA = { agendaItems: { include: { meeting: true, decision: { include: DECISION_INCLUDE } } } } as const satisfies Prisma.ProposalInclude;

type ProposalWithAgenda = Prisma.ProposalGetPayload<{ include: typeof WITH_AGENDA }>;

/** Reading the workflow's proposals: every row and JSON column leaves here checked. */
@Injectable()
export class ProposalRepository {
  constructor(private readonly db: WorkflowDatabase) {}

  async find(id: string): Promise<ProposalRecord | null> {
    const row = await this.db.proposal.findUnique({ where: { id }, include: WITH_AGENDA });
    return row ? toRecord(row) : null;
  }

  async page(
    filter: { roundId?: string; committee?: string; state?: string },
    drafts: ReadableDrafts,
    page: number,
    pageSize: number,
  ): Promise<{ items: ProposalRecord[]; total: number }> {
    const where: Prisma.ProposalWhereInput = { ...filter, AND: [readable(drafts)] };
    const [rows, total] = await Promise.all([
      this.db.proposal.findMany({ where, include: WITH_AGENDA, orderBy: [{ reference: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.db.proposal.count({ where }),
    ]);
    return { items: rows.map(toRecord), total };
  }

  /** What the visibility rule needs of a proposal; null for an unknown one. */
  async visibility(id: string): Promise<{ committee: string; everSubmitted: boolean } | null> {
    return this.db.proposal.findUnique({ where: { id }, select: { committee: true, everSubmitted: true } });
  }

  /** The rounds among these that the budget agreement has closed. */
  async closedRounds(roundIds: readonly string[]): Promise<Set<string>> {
    const agreements = await this.db.budgetAgreement.findMany({ where: { roundId: { in: [...new Set(roundIds)] } }, select: { roundId: true } });
    return new Set(agreements.map((agreement) => agreement.roundId));
  }

  async history(id: string): Promise<WorkflowHistoryEntryView[]> {
    const rows = await this.db.proposalHistory.findMany({ where: { proposalId: id }, orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorRole: parseRole(row.actorRole, `proposal_history ${row.id}.actorRole`),
      actorCommittee: row.actorCommittee,
      actorName: row.actorName,
      action: row.action,
      fromState: nullable(parseProposalState)(row.fromState, `proposal_history ${row.id}.fromState`),
      toState: parseProposalState(row.toState, `proposal_history ${row.id}.toState`),
      version: row.version,
      remark: row.remark,
      meeting: row.meetingId ? { id: row.meetingId, agendaItem: row.agendaItem } : null,
      outcome: nullable(parseDecisionOutcome)(row.outcome, `proposal_history ${row.id}.outcome`),
      decisionText: row.decisionText,
      originalTable: nullableTable(row.originalTable, `proposal_history ${row.id}.originalTable`),
      decidedTable: nullableTable(row.decidedTable, `proposal_history ${row.id}.decidedTable`),
    }));
  }
}

function toRecord(row: ProposalWithAgenda): ProposalRecord {
  const items = [...row.agendaItems].sort((a, b) => a.meeting.date.getTime() - b.meeting.date.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  return {
    proposal: readProposal(row),
    agenda: items.map((item) => ({
      meetingId: item.meetingId,
      body: decisionBody(item.meeting.body, `meeting ${item.meetingId}.body`),
      date: fromDbDate(item.meeting.date),
      agendaItem: item.number,
      decision: item.decision ? toDecisionView(item.decision) : null,
    })),
  };
}

/** The domain's visibility rule as a query. */
function readable(drafts: ReadableDrafts): Prisma.ProposalWhereInput {
  if (drafts && 'all' in drafts) return {};
  return drafts ? { OR: [{ everSubmitted: true }, { committee: drafts.committee }] } : { everSubmitted: true };
}
