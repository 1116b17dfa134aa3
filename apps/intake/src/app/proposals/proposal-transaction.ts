import { jsonColumn } from '@budgetflow/platform';
import { COMMITTEE_ACTION_EVENTS, EventActor, ProposalSnapshotV1 } from '@budgetflow/contracts';
import { CommitteeAction, ProposalContent, ProposalState } from '@budgetflow/domain';
import { Prisma, Proposal } from '@budgetflow/intake/data-access';
import { newEvent, outboxRows } from '@budgetflow/messaging';
import { FollowedDecision } from './followed-decisions';
import { insertDrafts, insertHistoryWithEvents, selectProposal, updateStep } from './proposal-sql';
import { StoredProposal, readProposal } from './stored-proposal';

/** The request or event that caused a change. */
export interface ChangeCause {
  correlationId: string;
  causationId: string | null;
}

/** One change intake decided: the proposal as it is now, what was done, from which state, and why. */
export interface ProposalChange {
  readonly row: StoredProposal;
  readonly action: CommitteeAction;
  readonly fromState: string | null;
  readonly remark: string | null;
  /**
   * The action on the record, when it differs from the event's (the budget office's import on a committee's behalf
   * is a create or an edit to the followers, but «import_on_behalf» in the history).
   */
  readonly historyAction?: string;
}

/** A new draft as a committee (or the budget office's import) writes it. */
export interface NewDraft {
  id: string;
  roundId: string;
  content: ProposalContent;
  createdBy: string;
}

/** A step intake decided: every one counts a version and an event; a state change also the state sequence. */
export interface DecidedStep {
  state?: ProposalState;
  changesState: boolean;
  content?: ProposalContent;
  submittedBy?: string;
}

/** The workflow's change as intake follows it: its state and sequence, and what came with it. */
export interface FollowedChange {
  state: ProposalState;
  stateSequence: number;
  decisions: readonly FollowedDecision[];
  remark?: string | null;
}

/** A history line of a change intake follows (the workflow decided it). */
export interface FollowedHistoryLine {
  at: Date;
  actor: EventActor;
  action: string;
  fromState: string;
  toState: string;
  version: number;
  remark: string | null;
}

/**
 * Intake's writes inside one transaction, on typed values. Lock order everywhere in intake: the round, then its
 * proposals by id.
 */
export class ProposalTransaction {
  constructor(private readonly tx: Prisma.TransactionClient) {}

  /** Shares a lock on the round for the transaction (the agreement takes it exclusively); true when the round is closed. */
  async lockRound(roundId: string): Promise<boolean> {
    const rows = await this.tx.$queryRaw<{ closed_at: Date | null }[]>`SELECT closed_at FROM budget_round WHERE id = ${roundId}::uuid FOR SHARE`;
    return Boolean(rows[0]?.closed_at);
  }

  /**
   * Everything a batch of the workflow's events will lock, in intake's order before the first is applied: the rounds
   * it closes exclusively, the other rounds shared, then the proposals by id.
   */
  async lockForFollowing(closingRoundIds: readonly string[], roundIds: readonly string[], proposalIds: readonly string[]): Promise<void> {
    if (closingRoundIds.length > 0) await this.tx.$queryRaw`SELECT id FROM budget_round WHERE id = ANY(${[...closingRoundIds]}::uuid[]) ORDER BY id FOR UPDATE`;
    if (roundIds.length > 0) await this.tx.$queryRaw`SELECT id FROM budget_round WHERE id = ANY(${[...roundIds]}::uuid[]) ORDER BY id FOR SHARE`;
    if (proposalIds.length > 0) await this.tx.$queryRaw`SELECT id FROM proposal WHERE id = ANY(${[...proposalIds]}::uuid[]) ORDER BY id FOR UPDATE`;
  }

  /** lockRound for the round of a proposal, found in the same statement; null for an unknown proposal (nothing locked). */
  async lockRoundOf(proposalId: string): Promise<boolean | null> {
    const rows = await this.tx.$queryRaw<{ closed_at: Date | null }[]>`
      SELECT closed_at FROM budget_round WHERE id = (SELECT round_id FROM proposal WHERE id = ${proposalId}::uuid) FOR SHARE`;
    return rows[0] ? rows[0].closed_at !== null : null;
  }

  /** The exclusive counterpart of lockRound, for the budget agreement that closes the round; null for an unknown round. */
  async lockRoundForClosing(roundId: string): Promise<{ closed: boolean } | null> {
    const rows = await this.tx.$queryRaw<{ closed_at: Date | null }[]>`SELECT closed_at FROM budget_round WHERE id = ${roundId}::uuid FOR UPDATE`;
    return rows[0] ? { closed: rows[0].closed_at !== null } : null;
  }

  async closeRound(roundId: string, at: Date, by: string): Promise<void> {
    await this.tx.budgetRound.update({ where: { id: roundId }, data: { closedAt: at, closedBy: by } });
  }

  /** Who recorded the agreement that closed the round (null while it is open). */
  async closerOf(roundId: string): Promise<string | null> {
    const round = await this.tx.budgetRound.findUniqueOrThrow({ where: { id: roundId }, select: { closedBy: true } });
    return round.closedBy;
  }

  /** The round of a proposal, unlocked (to lock the round first); null for an unknown proposal. */
  async roundOf(id: string): Promise<string | null> {
    const row = await this.tx.proposal.findUnique({ where: { id }, select: { roundId: true } });
    return row?.roundId ?? null;
  }

  /** Reads a proposal and locks it until the transaction ends. */
  async lock(id: string): Promise<StoredProposal> {
    const proposal = await this.lockIfKnown(id);
    if (!proposal) throw new Error(`No proposal ${id} to lock`);
    return proposal;
  }

  /** lock, with null for an unknown proposal. */
  async lockIfKnown(id: string): Promise<StoredProposal | null> {
    const [row] = await this.tx.$queryRaw<Proposal[]>(selectProposal(id, true));
    return row ? readProposal(row) : null;
  }

  /** The round's proposals in these states, locked in id order (no deadlock with another act). */
  async lockIn(roundId: string, states: readonly ProposalState[]): Promise<StoredProposal[]> {
    await this.tx.$queryRaw`SELECT id FROM proposal WHERE round_id = ${roundId}::uuid AND state = ANY(${[...states]}) ORDER BY id FOR UPDATE`;
    const rows = await this.tx.proposal.findMany({ where: { roundId, state: { in: [...states] } }, orderBy: { id: 'asc' } });
    return rows.map(readProposal);
  }

  /** The round's proposals with these references, locked in id order when forUpdate. */
  async byReferences(roundId: string, references: readonly string[], forUpdate: boolean): Promise<StoredProposal[]> {
    if (references.length === 0) return [];
    if (forUpdate)
      await this.tx.$queryRaw`SELECT id FROM proposal WHERE round_id = ${roundId}::uuid AND reference = ANY(${[...references]}::text[]) ORDER BY id FOR UPDATE`;
    const rows = await this.tx.proposal.findMany({ where: { roundId, reference: { in: [...references] } } });
    return rows.map(readProposal);
  }

  /** The references the committee has used in the round. */
  async referencesOf(roundId: string, committee: string): Promise<string[]> {
    const rows = await this.tx.proposal.findMany({ where: { roundId, committee }, select: { reference: true } });
    return rows.map((row) => row.reference);
  }

  /** A new draft, in one statement; null when the round has a proposal with its reference (committed, or committed meanwhile). */
  async insertDraft({ id, roundId, content, createdBy }: NewDraft): Promise<StoredProposal | null> {
    const draft = { id, roundId, reference: content.reference, committee: content.committee, content: jsonColumn(content), createdBy };
    const [row] = await this.tx.$queryRaw<Proposal[]>(insertDrafts([draft], { skipTakenReference: true }));
    return row ? readProposal(row) : null;
  }

  /** New drafts, in one statement; a reference taken meanwhile is a unique violation. */
  async insertDrafts(drafts: readonly NewDraft[]): Promise<StoredProposal[]> {
    if (drafts.length === 0) return [];
    const rows = await this.tx.$queryRaw<Proposal[]>(
      insertDrafts(
        drafts.map(({ id, roundId, content, createdBy }) => ({
          id,
          roundId,
          reference: content.reference,
          committee: content.committee,
          content: jsonColumn(content),
          createdBy,
        })),
      ),
    );
    return rows.map(readProposal);
  }

  async applyStep(id: string, step: DecidedStep): Promise<StoredProposal> {
    const [row] = await this.tx.$queryRaw<Proposal[]>(updateStep(id, { ...step, content: step.content && jsonColumn(step.content) }));
    if (!row) throw new Error(`No proposal ${id} to change`);
    return readProposal(row);
  }

  async follow(id: string, change: FollowedChange): Promise<StoredProposal> {
    const row = await this.tx.proposal.update({
      where: { id },
      data: {
        state: change.state,
        stateSequence: change.stateSequence,
        version: { increment: 1 },
        decisions: change.decisions.map(jsonColumn),
        ...(change.remark !== undefined ? { remark: change.remark } : {}),
      },
    });
    return readProposal(row);
  }

  async appendFollowedHistory(proposalId: string, line: FollowedHistoryLine): Promise<void> {
    const { actor, ...rest } = line;
    await this.tx.proposalHistory.create({
      data: { proposalId, actorId: actor.id, actorRole: actor.role, actorCommittee: actor.committee ?? null, actorName: actor.name ?? null, ...rest },
    });
  }

  /** The history lines and events of changes by one actor, in one statement. */
  async record(actor: EventActor, changes: readonly ProposalChange[], cause: ChangeCause): Promise<void> {
    if (changes.length === 0) return;
    const lines = changes.map(({ row, action, fromState, remark, historyAction }) => ({
      proposalId: row.id,
      action: historyAction ?? action,
      fromState,
      toState: row.state,
      version: row.version,
      remark,
    }));
    const events = changes.map(({ row, action }) =>
      newEvent(COMMITTEE_ACTION_EVENTS[action], { id: row.id, sequence: row.eventCount }, { proposal: snapshot(row) }, { actor, ...cause }),
    );
    await this.tx.$executeRaw(insertHistoryWithEvents(actor, lines, outboxRows(events)));
  }
}

/** The proposal as events carry it. */
export function snapshot(row: StoredProposal): ProposalSnapshotV1 {
  return {
    proposalId: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    state: row.state,
    stateSequence: row.stateSequence,
    version: row.version,
    content: row.content,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
  };
}
