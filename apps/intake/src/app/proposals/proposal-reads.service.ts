import { BudgetRound, mayReadProposal, readableDraftsOf } from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException, ProposalQueryDto, proposalNotFound } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { RoundRepository } from '../rounds/round.repository';
import { ProposalRepository } from './proposal.repository';
import { toProposalView } from './proposal-view';
import { HistoryEntryView, ProposalPageView, ProposalView } from './proposal.view';
import { StoredProposal } from './stored-proposal';

/** Reading proposals as a caller may see them, and the rounds they belong to. */
@Injectable()
export class ProposalReadsService {
  // A round's definition never changes once created (there is no update), so it is read once per process.
  private readonly rounds = new Map<string, BudgetRound>();

  constructor(
    private readonly proposals: ProposalRepository,
    private readonly roundStore: RoundRepository,
  ) {}

  async get(user: AuthenticatedUser, id: string): Promise<ProposalView> {
    const proposal = await this.findReadable(user, id);
    return this.view(proposal, user);
  }

  async list(user: AuthenticatedUser, query: ProposalQueryDto): Promise<ProposalPageView> {
    const filter = { roundId: query.roundId, committee: query.committee, state: query.state };
    const { items, total } = await this.proposals.page(filter, readableDraftsOf(user.actor), query.page, query.pageSize);
    const closedIds = await this.roundStore.closedAmong(items.map((row) => row.roundId));
    return { items: items.map((row) => toProposalView(row, user, closedIds.has(row.roundId))), page: query.page, pageSize: query.pageSize, total };
  }

  async history(user: AuthenticatedUser, id: string): Promise<HistoryEntryView[]> {
    await this.findReadable(user, id);
    const lines = await this.proposals.history(id);
    return lines.map((line) => ({ ...line, at: line.at.toISOString() }));
  }

  /** The proposal as the caller sees it now, with whether its round is closed. */
  async view(proposal: StoredProposal, user: AuthenticatedUser): Promise<ProposalView> {
    return toProposalView(proposal, user, await this.isClosed(proposal.roundId));
  }

  async round(roundId: string): Promise<BudgetRound> {
    const cached = this.rounds.get(roundId);
    if (cached) return cached;
    const stored = await this.roundStore.find(roundId);
    if (!stored) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    this.rounds.set(roundId, stored.round);
    return stored.round;
  }

  async find(id: string): Promise<StoredProposal> {
    const row = await this.proposals.find(id);
    if (!row) throw proposalNotFound(id);
    return row;
  }

  private async isClosed(roundId: string): Promise<boolean> {
    return (await this.roundStore.closedAmong([roundId])).has(roundId);
  }

  /** A draft another committee may not see does not exist for it: the same 404 as an unknown id. */
  async findReadable(user: AuthenticatedUser, id: string): Promise<StoredProposal> {
    return readableBy(user, id, await this.proposals.find(id));
  }
}

/** The proposal when the caller may read it; otherwise the 404 of an unknown id. */
export function readableBy(user: AuthenticatedUser, id: string, row: StoredProposal | null): StoredProposal {
  if (!row || !mayReadProposal(user.actor, { committee: row.committee, everSubmitted: row.submittedAt !== null })) throw proposalNotFound(id);
  return row;
}
