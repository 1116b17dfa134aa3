import { ProposalSnapshotV1, parseProposalSnapshot } from '@budgetflow/contracts';
import { BudgetRound, DecisionBody } from '@budgetflow/domain';
import { OutgoingEvent } from '@budgetflow/messaging';
import { randomUUID } from 'node:crypto';
import { fromDbDate, toDbDate } from '../iso-dates';
import { StoredMeeting } from '../stored-meeting';
import { PackageHistoryLine, StoredPackage } from '../stored-package';
import { StoredProposal } from '../stored-proposal';
import { StoredPublication } from '../stored-publication';
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
} from '../workflow-transaction';

/** Everything the in-memory store keeps. */
export interface WorkflowTables {
  rounds: Map<string, { round: BudgetRound; eventCount: number }>;
  proposals: Map<string, StoredProposal>;
  meetings: Map<string, StoredMeeting>;
  agendaItems: StoredAgendaItem[];
  decisions: NewDecision[];
  agreements: NewAgreement[];
  history: HistoryLine[];
  outbox: OutgoingEvent[];
  packages: Map<string, StoredPackage>;
  packageHistory: PackageHistoryLine[];
  publications: StoredPublication[];
}

function emptyTables(): WorkflowTables {
  return {
    rounds: new Map(),
    proposals: new Map(),
    meetings: new Map(),
    agendaItems: [],
    decisions: [],
    agreements: [],
    history: [],
    outbox: [],
    packages: new Map(),
    packageHistory: [],
    publications: [],
  };
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`No ${what}`);
  return value;
}

/** The workflow's transaction on the tables in memory; one transaction runs at a time, so locks are nothing here. */
class InMemoryWorkflowTransaction extends WorkflowTransaction {
  constructor(private readonly tables: WorkflowTables) {
    super();
  }

  async lockRoundForAct(roundId: string): Promise<boolean> {
    return this.tables.agreements.some((agreement) => agreement.roundId === roundId);
  }

  async lockRoundForClosing(): Promise<void> {
    // One transaction at a time: nothing to lock.
  }

  async round(roundId: string): Promise<BudgetRound> {
    return found(this.tables.rounds.get(roundId), `round ${roundId}`).round;
  }

  async knownProposal(proposalId: string): Promise<KnownProposal | null> {
    const proposal = this.tables.proposals.get(proposalId);
    return proposal ? { roundId: proposal.roundId, reference: proposal.reference, committee: proposal.committee, everSubmitted: proposal.everSubmitted } : null;
  }

  async lockProposal(id: string): Promise<StoredProposal | null> {
    return this.tables.proposals.get(id) ?? null;
  }

  async proposalsOf(roundId: string): Promise<StoredProposal[]> {
    return this.lockProposalsOf(roundId);
  }

  async lockProposalsOf(roundId: string): Promise<StoredProposal[]> {
    return [...this.tables.proposals.values()].filter((proposal) => proposal.roundId === roundId).sort((a, b) => a.id.localeCompare(b.id));
  }

  async changeState(proposalId: string, change: DecidedStateChange): Promise<StoredProposal> {
    const proposal = found(this.tables.proposals.get(proposalId), `proposal ${proposalId}`);
    return this.save({
      ...proposal,
      state: change.to,
      stateSequence: proposal.stateSequence + 1,
      version: proposal.version + 1,
      eventCount: proposal.eventCount + 1,
      ...(change.remark !== undefined ? { remark: change.remark } : {}),
    });
  }

  async insertFollowed(snapshot: ProposalSnapshotV1): Promise<StoredProposal> {
    return this.save(storedProposal(snapshot));
  }

  async followSnapshot(proposalId: string, snapshot: ProposalSnapshotV1, takeState: boolean): Promise<StoredProposal> {
    const proposal = found(this.tables.proposals.get(proposalId), `proposal ${proposalId}`);
    return this.save({
      ...proposal,
      ...(takeState ? { state: snapshot.state, stateSequence: snapshot.stateSequence } : {}),
      everSubmitted: proposal.everSubmitted || snapshot.submittedAt !== null,
      title: snapshot.content.title,
      snapshot,
      intakeVersion: snapshot.version,
      version: proposal.version + 1,
    });
  }

  async appendHistory(line: HistoryLine): Promise<void> {
    this.tables.history.push(line);
  }

  async publish(event: OutgoingEvent): Promise<void> {
    this.tables.outbox.push(event);
  }

  async saveRound(roundId: string, round: BudgetRound): Promise<void> {
    this.tables.rounds.set(roundId, { round, eventCount: this.tables.rounds.get(roundId)?.eventCount ?? 0 });
  }

  async countRoundEvent(roundId: string): Promise<number> {
    const round = found(this.tables.rounds.get(roundId), `round ${roundId}`);
    round.eventCount += 1;
    return round.eventCount;
  }

  async lockMeeting(id: string): Promise<StoredMeeting | null> {
    return this.tables.meetings.get(id) ?? null;
  }

  async agendaItem(meetingId: string, number: number): Promise<AgendaItemWithMeeting | null> {
    const item = this.tables.agendaItems.find((candidate) => candidate.meetingId === meetingId && candidate.number === number);
    if (!item) return null;
    const decision = this.tables.decisions.find((candidate) => candidate.agendaItemId === item.id);
    return { item, meeting: found(this.tables.meetings.get(meetingId), `meeting ${meetingId}`), decidedOutcome: decision?.outcome ?? null };
  }

  async agendaItemOf(meetingId: string, proposalId: string): Promise<StoredAgendaItem | null> {
    return this.tables.agendaItems.find((item) => item.meetingId === meetingId && item.proposalId === proposalId) ?? null;
  }

  async addAgendaItem(meetingId: string, proposalId: string): Promise<StoredAgendaItem> {
    const number = Math.max(0, ...this.tables.agendaItems.filter((item) => item.meetingId === meetingId).map((item) => item.number)) + 1;
    const item = { id: randomUUID(), meetingId, number, proposalId };
    this.tables.agendaItems.push(item);
    return item;
  }

  async insertDecision(decision: NewDecision): Promise<void> {
    // The database's unique agenda item: one decision per item.
    if (this.tables.decisions.some((candidate) => candidate.agendaItemId === decision.agendaItemId)) throw new Error('decision exists');
    this.tables.decisions.push(decision);
  }

  async agreementOf(roundId: string): Promise<{ id: string; createdBy: string } | null> {
    const agreement = this.tables.agreements.find((candidate) => candidate.roundId === roundId);
    return agreement ? { id: agreement.id, createdBy: agreement.createdBy } : null;
  }

  async insertAgreement(agreement: NewAgreement): Promise<void> {
    this.tables.agreements.push(agreement);
  }

  async findRound(roundId: string): Promise<BudgetRound | null> {
    return this.tables.rounds.get(roundId)?.round ?? null;
  }

  async tableDecisionsOf(roundId: string): Promise<RoundTableDecision[]> {
    return this.tables.decisions
      .filter((decision) => decision.roundId === roundId)
      .map((decision) => ({ proposalId: decision.proposalId, meetingDate: fromDbDate(decision.meetingDate), amendedTable: decision.amendedTable }));
  }

  async packagesOf(roundId: string): Promise<StoredPackage[]> {
    return [...this.tables.packages.values()].filter((pkg) => pkg.roundId === roundId);
  }

  async findPackage(id: string): Promise<StoredPackage | null> {
    return this.tables.packages.get(id) ?? null;
  }

  async lockPackage(id: string): Promise<StoredPackage | null> {
    return this.findPackage(id);
  }

  async insertPackage(pkg: StoredPackage): Promise<void> {
    this.tables.packages.set(pkg.id, pkg);
  }

  async updatePackage(id: string, update: PackageUpdate): Promise<StoredPackage> {
    const pkg = found(this.tables.packages.get(id), `package ${id}`);
    const updated = { ...pkg, content: update.content, version: update.version, updatedAt: update.at, updatedBy: update.by };
    this.tables.packages.set(id, updated);
    return updated;
  }

  async appendPackageHistory(line: PackageHistoryLine): Promise<void> {
    // The database's unique (package, version): a version is saved once.
    if (this.tables.packageHistory.some((candidate) => candidate.packageId === line.packageId && candidate.version === line.version))
      throw new Error('package version exists');
    this.tables.packageHistory.push(line);
  }

  async packageHistory(id: string): Promise<PackageHistoryLine[]> {
    return this.tables.packageHistory.filter((line) => line.packageId === id).sort((a, b) => a.version - b.version);
  }

  async lockRoundForPublication(roundId: string): Promise<boolean> {
    return this.tables.rounds.has(roundId);
  }

  async publicationsOf(roundId: string): Promise<StoredPublication[]> {
    return this.tables.publications.filter((publication) => publication.roundId === roundId).reverse();
  }

  async insertPublication(publication: StoredPublication): Promise<void> {
    this.tables.publications.push(publication);
  }

  async markReplaced(id: string, replacedById: string, at: Date): Promise<void> {
    this.tables.publications = this.tables.publications.map((publication) =>
      publication.id === id ? { ...publication, replacedById, replacedAt: at } : publication,
    );
  }

  private save(proposal: StoredProposal): StoredProposal {
    this.tables.proposals.set(proposal.id, proposal);
    return proposal;
  }
}

/** The proposal as the workflow keeps it from intake's snapshot (checked by the contract's parser, as a row would be). */
export function storedProposal(snapshot: ProposalSnapshotV1): StoredProposal {
  const checked = parseProposalSnapshot(snapshot, 'snapshot');
  const at = new Date('2025-04-01T08:00:00Z');
  return {
    id: checked.proposalId,
    roundId: checked.roundId,
    reference: checked.reference,
    committee: checked.committee,
    title: checked.content.title,
    state: checked.state,
    stateSequence: checked.stateSequence,
    everSubmitted: checked.submittedAt !== null,
    version: 1,
    snapshot: checked,
    intakeVersion: checked.version,
    remark: null,
    eventCount: 0,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The workflow's store in memory, for unit tests of its actions: a transaction works on a copy of the tables that
 * replaces them only when the work succeeds, so a refused act leaves nothing behind, as PostgreSQL's rollback does.
 */
export class InMemoryWorkflowStore extends WorkflowStore {
  tables: WorkflowTables = emptyTables();

  async transaction<T>(work: (tx: WorkflowTransaction) => Promise<T>): Promise<T> {
    const copy = structuredClone(this.tables);
    const result = await work(new InMemoryWorkflowTransaction(copy));
    this.tables = copy;
    return result;
  }

  addRound(roundId: string, round: BudgetRound): void {
    this.tables.rounds.set(roundId, { round, eventCount: 0 });
  }

  addProposal(snapshot: ProposalSnapshotV1): StoredProposal {
    const proposal = storedProposal(snapshot);
    this.tables.proposals.set(proposal.id, proposal);
    return proposal;
  }

  addMeeting(roundId: string, body: DecisionBody, date: string): StoredMeeting {
    const meeting: StoredMeeting = { id: randomUUID(), roundId, body, date: toDbDate(date), title: null, createdAt: new Date(), createdBy: 'test' };
    this.tables.meetings.set(meeting.id, meeting);
    return meeting;
  }

  proposal(id: string): StoredProposal {
    return found(this.tables.proposals.get(id), `proposal ${id}`);
  }
}
