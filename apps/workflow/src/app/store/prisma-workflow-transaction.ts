import { ProposalSnapshotV1, parseBudgetRound } from '@budgetflow/contracts';
import { BudgetRound } from '@budgetflow/domain';
import { OutgoingEvent, appendToOutbox } from '@budgetflow/messaging';
import { jsonColumn } from '@budgetflow/platform';
import { Prisma, Proposal, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { StoredMeeting, readMeeting } from './stored-meeting';
import { PackageHistoryLine, StoredPackage, readPackage, readPackageHistory } from './stored-package';
import { insertFollowed, insertHistory, selectProposalForUpdate, updateSnapshot } from './proposal-sql';
import { StoredProposal, readProposal, readProposalWith } from './stored-proposal';
import { nullableTable } from './stored-tables';
import { fromDbDate, toDbDate } from './iso-dates';
import { StoredPublication } from './stored-publication';
import {
  AgendaItemWithMeeting,
  DecidedStateChange,
  HistoryLine,
  KnownProposal,
  NewAgreement,
  NewDecision,
  PackageUpdate,
  RoundTableDecision,
  StoredAgendaItem,
  WorkflowStore,
  WorkflowTransaction,
} from './workflow-transaction';

type Tx = Prisma.TransactionClient;

const agendaItemOf = ({ id, meetingId, number, proposalId }: StoredAgendaItem): StoredAgendaItem => ({ id, meetingId, number, proposalId });

/** The workflow's transaction on PostgreSQL: row locks, and the outbox in the same transaction. */
export class PrismaWorkflowTransaction extends WorkflowTransaction {
  constructor(private readonly tx: Tx) {
    super();
  }

  async lockRoundForAct(roundId: string): Promise<boolean> {
    // One round trip on every act: the lock and whether an agreement exists.
    const rows = await this.tx.$queryRaw<{ closed: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM budget_agreement a WHERE a.round_id = r.id) AS closed FROM budget_round r WHERE r.id = ${roundId}::uuid FOR SHARE OF r`;
    return rows[0]?.closed ?? false;
  }

  /**
   * Locks rounds (shared, as an act does) and then proposals, each set in id order: everything a batch of intake's
   * events will lock, taken in the workflow's lock order before the first event is applied.
   */
  async lockForFollowing(roundIds: readonly string[], proposalIds: readonly string[]): Promise<void> {
    if (roundIds.length > 0) await this.tx.$queryRaw`SELECT id FROM budget_round WHERE id = ANY(${[...roundIds]}::uuid[]) ORDER BY id FOR SHARE`;
    if (proposalIds.length > 0) await this.tx.$queryRaw`SELECT id FROM proposal WHERE id = ANY(${[...proposalIds]}::uuid[]) ORDER BY id FOR UPDATE`;
  }

  async lockRoundForClosing(roundId: string): Promise<void> {
    await this.tx.$queryRaw`SELECT id FROM budget_round WHERE id = ${roundId}::uuid FOR UPDATE`;
  }

  async round(roundId: string): Promise<BudgetRound> {
    const round = await this.tx.budgetRound.findUniqueOrThrow({ where: { id: roundId } });
    return parseBudgetRound(round.definition, `budget_round ${round.id}.definition`);
  }

  async knownProposal(proposalId: string): Promise<KnownProposal | null> {
    return this.tx.proposal.findUnique({ where: { id: proposalId }, select: { roundId: true, reference: true, committee: true, everSubmitted: true } });
  }

  async lockProposal(id: string): Promise<StoredProposal | null> {
    const [row] = await this.tx.$queryRaw<Proposal[]>(selectProposalForUpdate(id));
    return row ? readProposal(row) : null;
  }

  async proposalsOf(roundId: string): Promise<StoredProposal[]> {
    const rows = await this.tx.proposal.findMany({ where: { roundId }, orderBy: { id: 'asc' } });
    return rows.map(readProposal);
  }

  async lockProposalsOf(roundId: string): Promise<StoredProposal[]> {
    await this.tx.$queryRaw`SELECT id FROM proposal WHERE round_id = ${roundId}::uuid ORDER BY id FOR UPDATE`;
    const rows = await this.tx.proposal.findMany({ where: { roundId }, orderBy: { id: 'asc' } });
    return rows.map(readProposal);
  }

  async changeState(proposalId: string, change: DecidedStateChange): Promise<StoredProposal> {
    const row = await this.tx.proposal.update({
      where: { id: proposalId },
      data: {
        state: change.to,
        stateSequence: { increment: 1 },
        version: { increment: 1 },
        eventCount: { increment: 1 },
        ...(change.remark !== undefined ? { remark: change.remark } : {}),
      },
    });
    return readProposal(row);
  }

  async insertFollowed(snapshot: ProposalSnapshotV1): Promise<StoredProposal> {
    const [row] = await this.tx.$queryRaw<Omit<Proposal, 'snapshot'>[]>(
      insertFollowed({
        id: snapshot.proposalId,
        roundId: snapshot.roundId,
        reference: snapshot.reference,
        committee: snapshot.committee,
        title: snapshot.content.title,
        state: snapshot.state,
        stateSequence: snapshot.stateSequence,
        everSubmitted: snapshot.submittedAt !== null,
        snapshot: JSON.stringify(jsonColumn(snapshot)),
        intakeVersion: snapshot.version,
      }),
    );
    if (!row) throw new Error(`Proposal ${snapshot.proposalId} was not inserted`);
    return readProposalWith(row, snapshot);
  }

  async followSnapshot(proposalId: string, snapshot: ProposalSnapshotV1, takeState: boolean): Promise<StoredProposal> {
    const [row] = await this.tx.$queryRaw<Omit<Proposal, 'snapshot'>[]>(
      updateSnapshot(proposalId, {
        title: snapshot.content.title,
        snapshot: JSON.stringify(jsonColumn(snapshot)),
        intakeVersion: snapshot.version,
        everSubmitted: snapshot.submittedAt !== null,
        state: takeState ? { state: snapshot.state, stateSequence: snapshot.stateSequence } : null,
      }),
    );
    if (!row) throw new Error(`No proposal ${proposalId} to follow`);
    return readProposalWith(row, snapshot);
  }

  async appendHistory(line: HistoryLine): Promise<void> {
    const { originalTable, decidedTable } = line;
    await this.tx.$executeRaw(
      insertHistory({
        ...line,
        actorCommittee: line.actorCommittee ?? null,
        actorName: line.actorName ?? null,
        remark: line.remark ?? null,
        meetingId: line.meetingId ?? null,
        agendaItem: line.agendaItem ?? null,
        outcome: line.outcome ?? null,
        decisionText: line.decisionText ?? null,
        originalTable: originalTable ? JSON.stringify(jsonColumn(originalTable)) : null,
        decidedTable: decidedTable ? JSON.stringify(jsonColumn(decidedTable)) : null,
      }),
    );
  }

  async publish(event: OutgoingEvent): Promise<void> {
    await appendToOutbox(this.tx, [event]);
  }

  async saveRound(roundId: string, round: BudgetRound): Promise<void> {
    const data = { name: round.name, region: round.region, budgetYear: round.budgetYear, definition: jsonColumn(round) };
    await this.tx.budgetRound.upsert({ where: { id: roundId }, create: { id: roundId, ...data }, update: data });
  }

  async countRoundEvent(roundId: string): Promise<number> {
    const round = await this.tx.budgetRound.update({ where: { id: roundId }, data: { eventCount: { increment: 1 } } });
    return round.eventCount;
  }

  async lockMeeting(id: string): Promise<StoredMeeting | null> {
    await this.tx.$queryRaw`SELECT id FROM meeting WHERE id = ${id}::uuid FOR UPDATE`;
    const meeting = await this.tx.meeting.findUnique({ where: { id } });
    return meeting ? readMeeting(meeting) : null;
  }

  async agendaItem(meetingId: string, number: number): Promise<AgendaItemWithMeeting | null> {
    const item = await this.tx.agendaItem.findUnique({ where: { meetingId_number: { meetingId, number } }, include: { meeting: true, decision: true } });
    return item ? { item: agendaItemOf(item), meeting: readMeeting(item.meeting), decidedOutcome: item.decision?.outcome ?? null } : null;
  }

  async agendaItemOf(meetingId: string, proposalId: string): Promise<StoredAgendaItem | null> {
    const item = await this.tx.agendaItem.findUnique({ where: { meetingId_proposalId: { meetingId, proposalId } } });
    return item ? agendaItemOf(item) : null;
  }

  async addAgendaItem(meetingId: string, proposalId: string, createdBy: string): Promise<StoredAgendaItem> {
    const last = await this.tx.agendaItem.aggregate({ where: { meetingId }, _max: { number: true } });
    const item = await this.tx.agendaItem.create({ data: { id: randomUUID(), meetingId, number: (last._max.number ?? 0) + 1, proposalId, createdBy } });
    return agendaItemOf(item);
  }

  async insertDecision(decision: NewDecision): Promise<void> {
    const { originalTable, amendedTable, ...rest } = decision;
    await this.tx.decision.create({
      data: { ...rest, originalTable: jsonColumn(originalTable), amendedTable: amendedTable ? jsonColumn(amendedTable) : undefined },
    });
  }

  async agreementOf(roundId: string): Promise<{ id: string; createdBy: string } | null> {
    return this.tx.budgetAgreement.findUnique({ where: { roundId }, select: { id: true, createdBy: true } });
  }

  async insertAgreement(agreement: NewAgreement): Promise<void> {
    await this.tx.budgetAgreement.create({ data: { ...agreement, parties: [...agreement.parties], document: jsonColumn(agreement.document) } });
  }

  async findRound(roundId: string): Promise<BudgetRound | null> {
    const round = await this.tx.budgetRound.findUnique({ where: { id: roundId } });
    return round ? parseBudgetRound(round.definition, `budget_round ${round.id}.definition`) : null;
  }

  async tableDecisionsOf(roundId: string): Promise<RoundTableDecision[]> {
    const rows = await this.tx.decision.findMany({ where: { roundId }, select: { id: true, proposalId: true, meetingDate: true, amendedTable: true } });
    return rows.map((row) => ({
      proposalId: row.proposalId,
      meetingDate: fromDbDate(row.meetingDate),
      amendedTable: nullableTable(row.amendedTable, `decision ${row.id}.amendedTable`),
    }));
  }

  async packagesOf(roundId: string): Promise<StoredPackage[]> {
    const rows = await this.tx.negotiationPackage.findMany({ where: { roundId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(readPackage);
  }

  async findPackage(id: string): Promise<StoredPackage | null> {
    const row = await this.tx.negotiationPackage.findUnique({ where: { id } });
    return row ? readPackage(row) : null;
  }

  async lockPackage(id: string): Promise<StoredPackage | null> {
    await this.tx.$queryRaw`SELECT id FROM negotiation_package WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findPackage(id);
  }

  async insertPackage(pkg: StoredPackage): Promise<void> {
    await this.tx.negotiationPackage.create({
      data: {
        id: pkg.id,
        roundId: pkg.roundId,
        name: pkg.content.name,
        content: jsonColumn(pkg.content),
        version: pkg.version,
        createdAt: pkg.createdAt,
        createdBy: pkg.createdBy.id,
        createdByName: pkg.createdBy.name,
        createdByRole: pkg.createdBy.role,
        updatedAt: pkg.updatedAt,
        updatedBy: pkg.updatedBy.id,
        updatedByName: pkg.updatedBy.name,
        updatedByRole: pkg.updatedBy.role,
      },
    });
  }

  async updatePackage(id: string, update: PackageUpdate): Promise<StoredPackage> {
    const row = await this.tx.negotiationPackage.update({
      where: { id },
      data: {
        name: update.content.name,
        content: jsonColumn(update.content),
        version: update.version,
        updatedAt: update.at,
        updatedBy: update.by.id,
        updatedByName: update.by.name,
        updatedByRole: update.by.role,
      },
    });
    return readPackage(row);
  }

  async appendPackageHistory(line: PackageHistoryLine): Promise<void> {
    await this.tx.negotiationPackageHistory.create({
      data: {
        packageId: line.packageId,
        version: line.version,
        action: line.action,
        at: line.at,
        actorId: line.actor.id,
        actorName: line.actor.name,
        actorRole: line.actor.role,
        changes: [...line.changes],
        copiedFrom: line.copiedFrom,
        content: jsonColumn(line.content),
      },
    });
  }

  async packageHistory(id: string): Promise<PackageHistoryLine[]> {
    const rows = await this.tx.negotiationPackageHistory.findMany({ where: { packageId: id }, orderBy: { version: 'asc' } });
    return rows.map(readPackageHistory);
  }

  async lockRoundForPublication(roundId: string): Promise<boolean> {
    const rows = await this.tx.$queryRaw<{ id: string }[]>`SELECT id FROM budget_round WHERE id = ${roundId}::uuid FOR UPDATE`;
    return rows.length > 0;
  }

  async publicationsOf(roundId: string): Promise<StoredPublication[]> {
    const rows = await this.tx.publication.findMany({ where: { roundId }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] });
    return rows.map((row) => ({ ...row, date: fromDbDate(row.date) }));
  }

  async insertPublication(publication: StoredPublication): Promise<void> {
    await this.tx.publication.create({ data: { ...publication, date: toDbDate(publication.date) } });
  }

  async markReplaced(id: string, replacedById: string, at: Date): Promise<void> {
    await this.tx.publication.update({ where: { id }, data: { replacedById, replacedAt: at } });
  }
}

/** The workflow's transactions on its PostgreSQL database. */
@Injectable()
export class PrismaWorkflowStore extends WorkflowStore {
  constructor(private readonly db: WorkflowDatabase) {
    super();
  }

  transaction<T>(work: (tx: WorkflowTransaction) => Promise<T>): Promise<T> {
    return this.db.$transaction((tx) => work(new PrismaWorkflowTransaction(tx)));
  }
}
