import { PROPOSAL_STATE_LABELS, allowedActions, effectiveTable, holderOf, mayReadProposal, readableDraftsOf, tableTotals } from '@budgetflow/domain';
import { AuthenticatedUser, ProposalQueryDto, proposalNotFound } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { originalTableOf } from '../store/proposal-locks';
import { ProposalRecord, ProposalRepository } from './proposal.repository';
import { ProposalWorkflowPageView, ProposalWorkflowView, WorkflowHistoryEntryView } from './proposal.view';

/** Reading proposals as the workflow sees them: state, tables, meetings, decisions, history. */
@Injectable()
export class ProposalReadsService {
  constructor(private readonly proposals: ProposalRepository) {}

  async get(user: AuthenticatedUser, id: string): Promise<ProposalWorkflowView> {
    const record = await this.proposals.find(id);
    // A draft another committee may not see does not exist for it: the same 404 as an unknown id.
    if (!record || !mayReadProposal(user.actor, record.proposal)) throw proposalNotFound(id);
    return this.view(record, user, await this.proposals.closedRounds([record.proposal.roundId]));
  }

  async list(user: AuthenticatedUser, query: ProposalQueryDto): Promise<ProposalWorkflowPageView> {
    const filter = { roundId: query.roundId, committee: query.committee, state: query.state };
    const { items, total } = await this.proposals.page(filter, readableDraftsOf(user.actor), query.page, query.pageSize);
    const closed = await this.proposals.closedRounds(items.map((record) => record.proposal.roundId));
    return { items: items.map((record) => this.view(record, user, closed)), page: query.page, pageSize: query.pageSize, total };
  }

  async history(user: AuthenticatedUser, id: string): Promise<WorkflowHistoryEntryView[]> {
    const proposal = await this.proposals.visibility(id);
    if (!proposal || !mayReadProposal(user.actor, proposal)) throw proposalNotFound(id);
    return this.proposals.history(id);
  }

  private view({ proposal, agenda }: ProposalRecord, user: AuthenticatedUser, closedRounds: Set<string>): ProposalWorkflowView {
    const original = originalTableOf(proposal);
    const decided = effectiveTable(
      original,
      agenda.flatMap(({ decision }) => (decision ? [{ meetingDate: decision.meetingDate, amendedTable: decision.amendedTable }] : [])),
    );
    const { state } = proposal;
    const roundClosed = closedRounds.has(proposal.roundId);
    return {
      id: proposal.id,
      roundId: proposal.roundId,
      reference: proposal.reference,
      committee: proposal.committee,
      title: proposal.title,
      state,
      stateLabel: PROPOSAL_STATE_LABELS[state],
      stateSequence: proposal.stateSequence,
      roundClosed,
      version: proposal.version,
      intakeVersion: proposal.intakeVersion,
      remark: proposal.remark,
      originalTable: original,
      decidedTable: decided,
      totals: tableTotals(decided),
      agenda,
      // The workflow decides only what the administration holds; the committee's own steps are intake's.
      allowedActions: holderOf(state) === 'administration' ? allowedActions(state, proposal.committee, user.actor, roundClosed) : [],
      updatedAt: proposal.updatedAt.toISOString(),
    };
  }
}
