import { AgreementDocument, ProposalSnapshotV1 } from '@budgetflow/contracts';
import { BudgetRound, ConsequenceTable, DecisionBody, DecisionOutcome, IsoDate, NegotiationPackage, ProposalState } from '@budgetflow/domain';
import { OutgoingEvent } from '@budgetflow/messaging';
import { StoredMeeting } from './stored-meeting';
import { PackageActor, PackageHistoryLine, StoredPackage } from './stored-package';
import { StoredProposal } from './stored-proposal';
import { StoredPublication } from './stored-publication';

/** A place on a meeting's agenda. */
export interface StoredAgendaItem {
  readonly id: string;
  readonly meetingId: string;
  readonly number: number;
  readonly proposalId: string;
}

/** An agenda item with its meeting, and the outcome once decided. */
export interface AgendaItemWithMeeting {
  readonly item: StoredAgendaItem;
  readonly meeting: StoredMeeting;
  readonly decidedOutcome: string | null;
}

/** A decision of FU or RR as it goes on record, the original table beside any amended one. */
export interface NewDecision {
  readonly id: string;
  readonly agendaItemId: string;
  readonly proposalId: string;
  readonly roundId: string;
  readonly body: DecisionBody;
  readonly outcome: DecisionOutcome;
  readonly meetingDate: Date;
  readonly text: string;
  readonly originalTable: ConsequenceTable;
  readonly amendedTable: ConsequenceTable | null;
  readonly agreementId: string | null;
  readonly decidedBy: string;
  readonly decidedByRole: string;
}

/** The budget agreement as it goes on record. */
export interface NewAgreement {
  readonly id: string;
  readonly roundId: string;
  readonly meetingId: string;
  readonly parties: readonly string[];
  readonly date: Date;
  readonly text: string;
  readonly document: AgreementDocument;
  /** The negotiation package it was made from and the version confirmed; null without a package. */
  readonly packageId: string | null;
  readonly packageVersion: number | null;
  readonly createdBy: string;
}

/** A decision's amended table on a proposal of a round, for the table in force (the domain's effectiveTable). */
export interface RoundTableDecision {
  readonly proposalId: string;
  readonly meetingDate: IsoDate;
  readonly amendedTable: ConsequenceTable | null;
}

/** A new version of a package, saved over the one locked. */
export interface PackageUpdate {
  readonly content: NegotiationPackage;
  readonly version: number;
  readonly at: Date;
  readonly by: PackageActor;
}

/** One line of a proposal's history. */
export interface HistoryLine {
  readonly proposalId: string;
  readonly at: Date;
  readonly actorId: string;
  readonly actorRole: string;
  readonly actorCommittee?: string | null;
  /** The person's display name, when the token or the event gave one. */
  readonly actorName?: string | null;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly version: number;
  readonly remark?: string | null;
  readonly meetingId?: string | null;
  readonly agendaItem?: number | null;
  readonly outcome?: string | null;
  readonly decisionText?: string | null;
  readonly originalTable?: ConsequenceTable | null;
  readonly decidedTable?: ConsequenceTable | null;
  readonly eventId: string;
}

/** A state change the workflow decided: the next state sequence, version and event count are counted by the store. */
export interface DecidedStateChange {
  readonly to: ProposalState;
  /** The budget office's remark, kept on the proposal (only a return sets it). */
  readonly remark?: string | null;
}

/**
 * The workflow's reads and writes inside one transaction, on checked values: what its actions, the agreement and
 * its followers of intake's events need, and nothing else. PostgreSQL's implementation locks rows; the in-memory
 * one (unit tests) runs one transaction at a time. Lock order everywhere: the meeting, the round, then proposals by id.
 */
/** A proposal as known before it is locked: its round, reference and what decides who may read it. */
export interface KnownProposal {
  readonly roundId: string;
  readonly reference: string;
  readonly committee: string;
  readonly everSubmitted: boolean;
}

export abstract class WorkflowTransaction {
  /** Shares a lock on the round (the agreement takes it exclusively); true when the budget agreement has closed it. */
  abstract lockRoundForAct(roundId: string): Promise<boolean>;
  /** The exclusive counterpart of lockRoundForAct, for the agreement that closes the round. */
  abstract lockRoundForClosing(roundId: string): Promise<void>;
  /** The round as intake defined it (for the amended table's columns). */
  abstract round(roundId: string): Promise<BudgetRound>;
  /** What is known of a proposal without locking it (its round, to lock that first; who may read it); null for an unknown one. */
  abstract knownProposal(proposalId: string): Promise<KnownProposal | null>;
  /** Reads a proposal and locks it until the transaction ends; null for an unknown one. */
  abstract lockProposal(id: string): Promise<StoredProposal | null>;
  /** Every proposal of the round, not locked (what a package is checked against; the agreement locks them again). */
  abstract proposalsOf(roundId: string): Promise<StoredProposal[]>;
  /** Every proposal of the round, locked in id order (no deadlock with another act). */
  abstract lockProposalsOf(roundId: string): Promise<StoredProposal[]>;

  /** Applies a decided state change: the state, one more state sequence, version and event count. */
  abstract changeState(proposalId: string, change: DecidedStateChange): Promise<StoredProposal>;
  /** The first snapshot intake published of a proposal, with intake's state. */
  abstract insertFollowed(snapshot: ProposalSnapshotV1): Promise<StoredProposal>;
  /** Intake's latest snapshot of a known proposal; its state only when newer (the caller's judgement). */
  abstract followSnapshot(proposalId: string, snapshot: ProposalSnapshotV1, takeState: boolean): Promise<StoredProposal>;
  abstract appendHistory(line: HistoryLine): Promise<void>;
  /** Writes the event to the outbox (the relay publishes it after the commit). */
  abstract publish(event: OutgoingEvent): Promise<void>;
  /** Keeps the round intake created (again, when its event is repeated). */
  abstract saveRound(roundId: string, round: BudgetRound): Promise<void>;
  /** Counts one more event of the round (the aggregate of agreement.adopted); returns the round's new event count. */
  abstract countRoundEvent(roundId: string): Promise<number>;

  /** Reads a meeting and locks it, so its agenda items are numbered one after the other; null for an unknown one. */
  abstract lockMeeting(id: string): Promise<StoredMeeting | null>;
  abstract agendaItem(meetingId: string, number: number): Promise<AgendaItemWithMeeting | null>;
  abstract agendaItemOf(meetingId: string, proposalId: string): Promise<StoredAgendaItem | null>;
  /** Adds the proposal to the meeting's agenda as the next item. */
  abstract addAgendaItem(meetingId: string, proposalId: string, createdBy: string): Promise<StoredAgendaItem>;
  abstract insertDecision(decision: NewDecision): Promise<void>;

  /** The budget agreement of a round, if any: its id and who recorded it. */
  abstract agreementOf(roundId: string): Promise<{ id: string; createdBy: string } | null>;
  abstract insertAgreement(agreement: NewAgreement): Promise<void>;

  /** The round as intake defined it, or null when the workflow has not received it. */
  abstract findRound(roundId: string): Promise<BudgetRound | null>;
  /** Every FU and RR decision on the round's proposals (for each proposal's table in force). */
  abstract tableDecisionsOf(roundId: string): Promise<RoundTableDecision[]>;

  /** The round's negotiation packages, oldest first. */
  abstract packagesOf(roundId: string): Promise<StoredPackage[]>;
  /** A package without locking it; null for an unknown one. */
  abstract findPackage(id: string): Promise<StoredPackage | null>;
  /** A package, locked until the transaction ends (two saves of one package wait for each other); null for an unknown one. */
  abstract lockPackage(id: string): Promise<StoredPackage | null>;
  abstract insertPackage(pkg: StoredPackage): Promise<void>;
  abstract updatePackage(id: string, update: PackageUpdate): Promise<StoredPackage>;
  abstract appendPackageHistory(line: PackageHistoryLine): Promise<void>;
  /** Every save of the package, by version. */
  abstract packageHistory(id: string): Promise<PackageHistoryLine[]>;

  /** Locks the round's row against another publication of it until the transaction ends; false for an unknown round. */
  abstract lockRoundForPublication(roundId: string): Promise<boolean>;
  /** The round's publications, newest first (the first is the current one). */
  abstract publicationsOf(roundId: string): Promise<StoredPublication[]>;
  abstract insertPublication(publication: StoredPublication): Promise<void>;
  /** Records that a later publication replaced this one as the round's current. */
  abstract markReplaced(id: string, replacedById: string, at: Date): Promise<void>;
}

/** Runs work in one transaction: all of it commits, or nothing. */
export abstract class WorkflowStore {
  abstract transaction<T>(work: (tx: WorkflowTransaction) => Promise<T>): Promise<T>;
}
