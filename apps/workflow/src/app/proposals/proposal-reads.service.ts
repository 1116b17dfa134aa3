import { nullableTable } from '../shared/stored-tables';
import {
  PROPOSAL_STATE_LABELS,
  ProposalState,
  allowedActions,
  effectiveTable,
  holderOf,
  mayReadProposal,
  readableDraftsOf,
  tableTotals,
} from '@budgetflow/domain';
import { AuthenticatedUser, ProposalQueryDto, proposalNotFound } from '@budgetflow/platform';
import { Prisma, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { DecisionRow, toDecisionView } from '../meetings/to-decision-view';
import { fromDbDate } from '../shared/iso-dates';
import { originalTableOf } from '../shared/proposal-lock';
import { ProposalWorkflowPageView, ProposalWorkflowView, WorkflowHistoryEntryView } from './proposal.view';

const WITH_AGENDA = {
  agendaItems: { include: { meeting: true, decision: { include: { agendaItem: { include: { meeting: true } }, proposal: true } } } },
} as const;

type ProposalWithAgenda = Prisma.ProposalGetPayload<{ include: typeof WITH_AGENDA }>;

/** Reading proposals as the workflow sees them: state, tables, meetings, decisions, history. */
@Injectable()
export class ProposalReadsService {
  constructor(private readonly db: WorkflowDatabase) {}

  async get(user: AuthenticatedUser, id: string): Promise<ProposalWorkflowView> {
    const row = await this.db.proposal.findUnique({ where: { id }, include: WITH_AGENDA });
    // A draft another committee may not see does not exist for it: the same 404 as an unknown id.
    if (!row || !mayReadProposal(user.actor, row)) throw proposalNotFound(id);
    return this.view(row, user, await this.closedRounds([row.roundId]));
  }

  async list(user: AuthenticatedUser, query: ProposalQueryDto): Promise<ProposalWorkflowPageView> {
    const where: Prisma.ProposalWhereInput = { roundId: query.roundId, committee: query.committee, state: query.state, AND: [readableBy(user)] };
    const [rows, total] = await Promise.all([
      this.db.proposal.findMany({
        where,
        include: WITH_AGENDA,
        orderBy: [{ reference: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.db.proposal.count({ where }),
    ]);
    const closed = await this.closedRounds(rows.map((row) => row.roundId));
    return { items: rows.map((row) => this.view(row, user, closed)), page: query.page, pageSize: query.pageSize, total };
  }

  // The rounds among these that the budget agreement has closed.
  private async closedRounds(roundIds: string[]): Promise<Set<string>> {
    const agreements = await this.db.budgetAgreement.findMany({ where: { roundId: { in: [...new Set(roundIds)] } }, select: { roundId: true } });
    return new Set(agreements.map((agreement) => agreement.roundId));
  }

  async history(user: AuthenticatedUser, id: string): Promise<WorkflowHistoryEntryView[]> {
    const proposal = await this.db.proposal.findUnique({ where: { id }, select: { committee: true, everSubmitted: true } });
    if (!proposal || !mayReadProposal(user.actor, proposal)) throw proposalNotFound(id);
    const rows = await this.db.proposalHistory.findMany({ where: { proposalId: id }, orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorRole: row.actorRole,
      actorCommittee: row.actorCommittee,
      action: row.action,
      fromState: row.fromState,
      toState: row.toState,
      version: row.version,
      remark: row.remark,
      meeting: row.meetingId ? { id: row.meetingId, agendaItem: row.agendaItem } : null,
      outcome: row.outcome,
      decisionText: row.decisionText,
      originalTable: nullableTable(row.originalTable, `proposal_history ${row.id}.originalTable`),
      decidedTable: nullableTable(row.decidedTable, `proposal_history ${row.id}.decidedTable`),
    }));
  }

  private view(row: ProposalWithAgenda, user: AuthenticatedUser, closedRounds: Set<string>): ProposalWorkflowView {
    const original = originalTableOf(row);
    const agenda = [...row.agendaItems].sort((a, b) => a.meeting.date.getTime() - b.meeting.date.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
    const decisions = agenda.flatMap((item) => (item.decision ? [item.decision as DecisionRow] : []));
    const decided = effectiveTable(
      original,
      decisions.map((decision) => ({
        meetingDate: fromDbDate(decision.meetingDate),
        amendedTable: nullableTable(decision.amendedTable, `decision ${decision.id}.amendedTable`),
      })),
    );
    const state = row.state as ProposalState;
    const roundClosed = closedRounds.has(row.roundId);
    return {
      id: row.id,
      roundId: row.roundId,
      reference: row.reference,
      committee: row.committee,
      title: row.title,
      state,
      stateLabel: PROPOSAL_STATE_LABELS[state],
      stateSequence: row.stateSequence,
      roundClosed,
      version: row.version,
      intakeVersion: row.intakeVersion,
      remark: row.remark,
      originalTable: original,
      decidedTable: decided,
      totals: tableTotals(decided),
      agenda: agenda.map((item) => ({
        meetingId: item.meetingId,
        body: item.meeting.body,
        date: fromDbDate(item.meeting.date),
        agendaItem: item.number,
        decision: item.decision ? toDecisionView(item.decision as DecisionRow) : null,
      })),
      // The workflow decides only what the administration holds; the committee's own steps are intake's.
      allowedActions: holderOf(state) === 'administration' ? allowedActions(state, row.committee, user.actor, roundClosed) : [],
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

/** The proposals this caller may read (the domain's visibility rule as a query). */
function readableBy(user: AuthenticatedUser): Prisma.ProposalWhereInput {
  const drafts = readableDraftsOf(user.actor);
  if (drafts && 'all' in drafts) return {};
  return drafts ? { OR: [{ everSubmitted: true }, { committee: drafts.committee }] } : { everSubmitted: true };
}
