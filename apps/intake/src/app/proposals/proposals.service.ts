import {
  BudgetRound,
  ConsequenceTable,
  PROPOSAL_STATE_LABELS,
  ProposalContent,
  ProposalDraftInput,
  allowedActions,
  applyAction,
  decisionInForce,
  formatProposalReference,
  holderOf,
  isNewerState,
  mayReadProposal,
  parseProposalReference,
  readableDraftsOf,
  tableTotals,
  validateProposal,
} from '@budgetflow/domain';
import {
  AuthenticatedUser,
  ProblemException,
  ProposalQueryDto,
  RequestContext,
  checkVersion,
  invalidInput,
  isUniqueViolation,
  proposalNotFound,
  refusalProblem,
} from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RoundRepository } from '../rounds/round.repository';
import { WorkflowClient } from '../workflow-client/workflow-client';
import { ProposalDraftDto, UpdateProposalDto } from './proposal-draft.dto';
import { ProposalRepository } from './proposal.repository';
import { ChangeCause, ProposalTransaction } from './proposal-transaction';
import { HistoryEntryView, ProposalPageView, ProposalView } from './proposal.view';
import { StoredProposal } from './stored-proposal';

/** The committee's steps; intake decides them while the committee holds the proposal. */
type CommitteeStep = 'edit' | 'submit' | 'withdraw';

/** How long a committee's request waits for a proposal in transit between intake and the workflow. */
const HANDOVER_WAIT_MS = 5_000;

@Injectable()
export class ProposalsService {
  // A round's definition never changes once created (there is no update), so it is read once per process.
  private readonly rounds = new Map<string, BudgetRound>();

  constructor(
    private readonly proposals: ProposalRepository,
    private readonly roundStore: RoundRepository,
    private readonly workflow: WorkflowClient,
  ) {}

  /** A committee secretariat drafts a proposal for its own committee. */
  async create(user: AuthenticatedUser, roundId: string, dto: ProposalDraftDto, request: RequestContext): Promise<ProposalView> {
    const { actor } = user;
    if (actor.role !== 'committee_secretariat') {
      throw ProblemException.forbidden('proposal.committee_only', 'Kun et udvalgssekretariat kan skrive forslag.');
    }
    const committee = dto.committee ?? actor.committee;
    if (committee !== actor.committee) {
      throw ProblemException.forbidden('workflow.not_owner', `Udvalgssekretariatet for «${actor.committee}» kan ikke skrive forslag for «${committee}».`);
    }
    const round = await this.round(roundId);
    const id = randomUUID();
    const duplicate = (reference: string) =>
      ProblemException.conflict('proposal.duplicate_reference', `Runden har allerede et forslag med referencen «${reference}».`);
    const created = await this.proposals
      .transaction(async (tx) => {
        if (await tx.lockRound(roundId)) throw roundClosed(round);
        const content = this.validate({ ...dto, reference: dto.reference ?? (await this.nextReference(tx, roundId, round, committee)), committee }, round);
        // The validated reference (trimmed), so " B26-SU-05 " is the same proposal as "B26-SU-05".
        if (await tx.hasReference(roundId, content.reference)) throw duplicate(content.reference);
        const [row] = await tx.insertDrafts([{ id, roundId, content, createdBy: user.id }]);
        await tx.record(eventActor(user), [{ row, action: 'create', fromState: null, remark: null }], cause(request));
        return row;
      })
      .catch((error: unknown) => {
        // Two drafts created at the same moment can race for the same reference: the second one is told so.
        throw isUniqueViolation(error) ? duplicate(dto.reference ?? 'næste ledige') : error;
      });
    return this.view(created, user, false);
  }

  async update(user: AuthenticatedUser, id: string, dto: UpdateProposalDto, ifMatch: number | undefined, request: RequestContext): Promise<ProposalView> {
    const { version: _version, ...draft } = dto;
    return this.act(user, id, 'edit', ifMatch ?? dto.version, request, async (proposal) => {
      const round = await this.round(proposal.roundId);
      // The reference and committee of an existing proposal do not change with an edit.
      return this.validate({ ...draft, reference: proposal.reference, committee: proposal.committee }, round);
    });
  }

  submit(user: AuthenticatedUser, id: string, version: number | undefined, request: RequestContext): Promise<ProposalView> {
    return this.act(user, id, 'submit', version, request);
  }

  /**
   * The committee withdraws its proposal. While the committee holds it, intake decides; once submitted, the
   * workflow holds it and decides, and its answer is the committee's answer (the token goes along).
   */
  async withdraw(user: AuthenticatedUser, id: string, version: number | undefined, request: RequestContext, authorization: string): Promise<ProposalView> {
    const deadline = Date.now() + HANDOVER_WAIT_MS;
    for (;;) {
      const proposal = await this.find(id);
      if (holderOf(proposal.state) !== 'administration') return this.act(user, id, 'withdraw', version, request);
      checkVersion(proposal.version, version, 'ændringen');
      // The holder judges the committee too; a refusal comes back as the workflow's own problem.
      const answer = await this.workflow.withdraw(id, proposal.stateSequence, authorization, request, `intake-withdraw-${request.requestId}`);
      if (answer.kind === 'accepted') return this.viewOnceFollowed(user, id, answer.stateSequence);
      // In transit between the services: try again on what intake knows by then.
      if (Date.now() > deadline) throw handoverTimeout();
      await sleep(100);
    }
  }

  async get(user: AuthenticatedUser, id: string): Promise<ProposalView> {
    const proposal = await this.findReadable(user, id);
    return this.view(proposal, user, await this.isClosed(proposal.roundId));
  }

  async list(user: AuthenticatedUser, query: ProposalQueryDto): Promise<ProposalPageView> {
    const filter = { roundId: query.roundId, committee: query.committee, state: query.state };
    const { items, total } = await this.proposals.page(filter, readableDraftsOf(user.actor), query.page, query.pageSize);
    const closedIds = await this.roundStore.closedAmong(items.map((row) => row.roundId));
    return { items: items.map((row) => this.view(row, user, closedIds.has(row.roundId))), page: query.page, pageSize: query.pageSize, total };
  }

  async history(user: AuthenticatedUser, id: string): Promise<HistoryEntryView[]> {
    await this.findReadable(user, id);
    const lines = await this.proposals.history(id);
    return lines.map((line) => ({ ...line, at: line.at.toISOString() }));
  }

  /**
   * One committee step that intake decides: in one transaction, with the round and the proposal locked, the
   * domain's rules judge it on the current state, the version guards against lost updates, and the change, its
   * history line and its event are committed together.
   */
  private async act(
    user: AuthenticatedUser,
    id: string,
    action: CommitteeStep,
    expectedVersion: number | undefined,
    request: RequestContext,
    newContent?: (proposal: StoredProposal) => Promise<ProposalContent>,
  ): Promise<ProposalView> {
    const known = await this.find(id);
    // Validated before the transaction: it needs no lock, and a bad draft should not hold one.
    const content = newContent ? await newContent(known) : undefined;
    const updated = await this.proposals.transaction(async (tx) => {
      const closed = await tx.lockRound(known.roundId);
      const proposal = await tx.lock(id);
      const decision = applyAction({ state: proposal.state, committee: proposal.committee, roundClosed: closed }, action, user.actor);
      if (!decision.ok) throw refusalProblem(decision);
      checkVersion(proposal.version, expectedVersion, 'ændringen');
      const row = await tx.applyStep(id, {
        state: decision.to,
        changesState: action !== 'edit',
        content,
        submittedBy: action === 'submit' ? user.id : undefined,
      });
      await tx.record(eventActor(user), [{ row, action, fromState: proposal.state, remark: null }], cause(request));
      return row;
    });
    return this.view(updated, user, false);
  }

  // After the workflow decided, the committee sees the proposal as intake shows it once it has followed.
  private async viewOnceFollowed(user: AuthenticatedUser, id: string, stateSequence: number): Promise<ProposalView> {
    const deadline = Date.now() + HANDOVER_WAIT_MS;
    for (;;) {
      const proposal = await this.find(id);
      if (!isNewerState({ stateSequence }, proposal) || Date.now() > deadline) return this.view(proposal, user, await this.isClosed(proposal.roundId));
      await sleep(50);
    }
  }

  private validate(input: ProposalDraftInput, round: BudgetRound): ProposalContent {
    const result = validateProposal(input, round);
    if (!result.ok) throw invalidInput(result.issues);
    return result.value;
  }

  private async round(roundId: string): Promise<BudgetRound> {
    const cached = this.rounds.get(roundId);
    if (cached) return cached;
    const stored = await this.roundStore.find(roundId);
    if (!stored) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    this.rounds.set(roundId, stored.round);
    return stored.round;
  }

  private async isClosed(roundId: string): Promise<boolean> {
    return (await this.roundStore.closedAmong([roundId])).has(roundId);
  }

  private async find(id: string): Promise<StoredProposal> {
    const row = await this.proposals.find(id);
    if (!row) throw proposalNotFound(id);
    return row;
  }

  // A draft another committee may not see does not exist for it: the same 404 as an unknown id.
  private async findReadable(user: AuthenticatedUser, id: string): Promise<StoredProposal> {
    const row = await this.find(id);
    if (!mayReadProposal(user.actor, { committee: row.committee, everSubmitted: row.submittedAt !== null })) {
      throw proposalNotFound(id);
    }
    return row;
  }

  // The next free number of the committee in the round: B26-SU-01, B26-SU-02, ...
  private async nextReference(tx: ProposalTransaction, roundId: string, round: BudgetRound, committee: string): Promise<string> {
    const used = (await tx.referencesOf(roundId, committee)).map((reference) => parseProposalReference(reference)?.sequence ?? 0);
    return formatProposalReference(round.budgetYear, committee, Math.max(0, ...used) + 1);
  }

  private view(row: StoredProposal, user: AuthenticatedUser, roundIsClosed: boolean): ProposalView {
    const { content, state } = row;
    // Where FU or RR changed the amounts, the committee sees the decided table beside what it submitted.
    const inForce = decisionInForce(row.decisions);
    const decidedTable: ConsequenceTable | null = inForce?.amendedTable ?? null;
    return {
      id: row.id,
      roundId: row.roundId,
      reference: row.reference,
      committee: row.committee,
      state,
      stateLabel: PROPOSAL_STATE_LABELS[state],
      stateSequence: row.stateSequence,
      version: row.version,
      content,
      totals: tableTotals(content.table),
      decidedTable,
      decidedTotals: decidedTable ? tableTotals(decidedTable) : null,
      decidedBy: inForce?.body ?? null,
      remark: row.remark,
      roundClosed: roundIsClosed,
      allowedActions: allowedActions(state, row.committee, user.actor, roundIsClosed),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      submittedBy: row.submittedBy,
    };
  }
}

function eventActor(user: AuthenticatedUser) {
  const { actor } = user;
  return { id: user.id, role: actor.role, committee: actor.role === 'committee_secretariat' ? actor.committee : undefined };
}

function cause(request: RequestContext): ChangeCause {
  return { correlationId: request.correlationId, causationId: request.requestId };
}

function roundClosed(round: BudgetRound): ProblemException {
  return ProblemException.conflict('workflow.round_closed', `${round.name} er afsluttet med budgetaftalen; der kan ikke skrives flere forslag i runden.`);
}

function handoverTimeout(): ProblemException {
  return ProblemException.of(
    'proposal.handover_timeout',
    'Forslaget er på vej mellem forslagsmodtagelsen og godkendelsesforløbet; intet er ændret. Prøv igen om lidt.',
  );
}
