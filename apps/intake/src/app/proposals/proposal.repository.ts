import { nullable, parseProposalState, parseRole } from '@budgetflow/contracts';
import { ProposalState, Role, readableDraftsOf } from '@budgetflow/domain';
import { IntakeDatabase, Prisma, Proposal } from '@budgetflow/intake/data-access';
import { OutboxRelay } from '@budgetflow/messaging';
import { Injectable } from '@nestjs/common';
import { selectProposal } from './proposal-sql';
import { ProposalTransaction } from './proposal-transaction';
import { StoredProposal, readProposal } from './stored-proposal';

/** Whose drafts a caller may read beside every submitted proposal (the domain's readableDraftsOf). */
export type ReadableDrafts = ReturnType<typeof readableDraftsOf>;

export interface ProposalFilter {
  roundId?: string;
  committee?: string;
  state?: string;
}

/** One history line as the record holds it. */
export interface HistoryLine {
  at: Date;
  actorId: string;
  actorRole: Role;
  actorCommittee: string | null;
  actorName: string | null;
  action: string;
  fromState: ProposalState | null;
  toState: ProposalState;
  version: number;
  remark: string | null;
}

/** Intake's proposals: reads, and writes in one transaction (ProposalTransaction); rows leave it parsed. */
@Injectable()
export class ProposalRepository {
  constructor(
    private readonly db: IntakeDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  async find(id: string): Promise<StoredProposal | null> {
    const [row] = await this.db.$queryRaw<Proposal[]>(selectProposal(id, false));
    return row ? readProposal(row) : null;
  }

  /** The round's proposals with these references (unlocked; ProposalTransaction.byReferences locks them). */
  async byReferences(roundId: string, references: readonly string[]): Promise<StoredProposal[]> {
    if (references.length === 0) return [];
    const rows = await this.db.proposal.findMany({ where: { roundId, reference: { in: [...references] } } });
    return rows.map(readProposal);
  }

  /** Every reference used in the round, by any committee, in any state (a reference is never given twice). */
  async referencesIn(roundId: string): Promise<string[]> {
    const rows = await this.db.proposal.findMany({ where: { roundId }, select: { reference: true } });
    return rows.map((row) => row.reference);
  }

  /** A page of the proposals the caller may read, by reference. */
  async page(filter: ProposalFilter, drafts: ReadableDrafts, page: number, pageSize: number): Promise<{ items: StoredProposal[]; total: number }> {
    const where: Prisma.ProposalWhereInput = { ...filter, AND: [readable(drafts)] };
    const [rows, total] = await Promise.all([
      this.db.proposal.findMany({ where, orderBy: [{ reference: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.db.proposal.count({ where }),
    ]);
    return { items: rows.map(readProposal), total };
  }

  async history(id: string): Promise<HistoryLine[]> {
    const rows = await this.db.proposalHistory.findMany({
      where: { proposalId: id },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        at: true,
        actorId: true,
        actorRole: true,
        actorCommittee: true,
        actorName: true,
        action: true,
        fromState: true,
        toState: true,
        version: true,
        remark: true,
      },
    });
    return rows.map(({ id: line, ...row }) => ({
      ...row,
      actorRole: parseRole(row.actorRole, `proposal_history ${line}.actorRole`),
      fromState: nullable(parseProposalState)(row.fromState, `proposal_history ${line}.fromState`),
      toState: parseProposalState(row.toState, `proposal_history ${line}.toState`),
    }));
  }

  /** Runs work in one transaction; its events reach the relay right after the commit. */
  async transaction<T>(work: (tx: ProposalTransaction) => Promise<T>, options?: { maxWait: number; timeout: number }): Promise<T> {
    const result = await this.db.$transaction((tx) => work(new ProposalTransaction(tx)), options);
    this.relay.nudge();
    return result;
  }
}

/** The domain's visibility rule as a query. */
function readable(drafts: ReadableDrafts): Prisma.ProposalWhereInput {
  if (drafts && 'all' in drafts) return {};
  const submitted: Prisma.ProposalWhereInput = { submittedAt: { not: null } };
  return drafts ? { OR: [submitted, { committee: drafts.committee }] } : submitted;
}
