import {
  BudgetRound,
  ConsequenceTable,
  PROPOSAL_STATE_LABELS,
  ProposalContent,
  ProposalDraftInput,
  ProposalState,
  allowedActions,
  applyAction,
  decisionInForce,
  formatProposalReference,
  holderOf,
  mayReadProposal,
  parseProposalReference,
  readableDraftsOf,
  tableTotals,
  validateProposal,
} from '@budgetflow/domain';
import { parseBudgetRound, parseProposalContent, parseProposalState } from '@budgetflow/contracts';
import { IntakeDatabase, Prisma, Proposal } from '@budgetflow/intake/data-access';
import { OutboxRelay } from '@budgetflow/messaging';
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
import { WorkflowClient } from '../workflow-client/workflow-client';
import { ProposalDraftDto, UpdateProposalDto } from './proposal-draft.dto';
import { HistoryEntryView, ProposalPageView, ProposalView } from './proposal.view';
import { parseFollowedDecisions } from './followed-decisions';
import { lockProposal, lockRound } from './proposal-locks';
import { ChangeCause, recordProposalChange } from './record-proposal-change';

type Tx = Prisma.TransactionClient;

/** The committee's steps; intake decides them while the committee holds the proposal. */
type CommitteeStep = 'edit' | 'submit' | 'withdraw';

/** How long a committee's request waits for a proposal in transit between intake and the workflow. */
const HANDOVER_WAIT_MS = 5_000;

@Injectable()
export class ProposalsService {
  // A round's definition never changes once created (there is no update), so it is read once per process.
  private readonly rounds = new Map<string, BudgetRound>();

  constructor(
    private readonly db: IntakeDatabase,
    private readonly relay: OutboxRelay,
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
    const created = await this.db
      .$transaction(async (tx) => {
        if (await lockRound(tx, roundId)) throw roundClosed(round);
        const content = this.validate({ ...dto, reference: dto.reference ?? (await this.nextReference(tx, roundId, round, committee)), committee }, round);
        // The validated reference (trimmed), so " B26-SU-05 " is the same proposal as "B26-SU-05".
        const reference = content.reference;
        if (await tx.proposal.findUnique({ where: { roundId_reference: { roundId, reference } } })) throw duplicate(reference);
        const row = await tx.proposal.create({
          data: {
            id,
            roundId,
            reference,
            committee,
            state: 'draft',
            stateSequence: 1,
            version: 1,
            content: content as object,
            createdBy: user.id,
            eventCount: 1,
          },
        });
        await recordProposalChange(tx, row, eventActor(user), 'create', null, null, cause(request));
        return row;
      })
      .catch((error: unknown) => {
        // Two drafts created at the same moment can race for the same reference: the second one is told so.
        throw isUniqueViolation(error) ? duplicate(dto.reference ?? 'næste ledige') : error;
      });
    this.relay.nudge();
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
      if (holderOf(proposal.state as ProposalState) !== 'administration') return this.act(user, id, 'withdraw', version, request);
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
    const where: Prisma.ProposalWhereInput = { roundId: query.roundId, committee: query.committee, state: query.state, AND: [readableBy(user)] };
    const [rows, total] = await Promise.all([
      this.db.proposal.findMany({ where, orderBy: [{ reference: 'asc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      this.db.proposal.count({ where }),
    ]);
    const closed = await this.db.budgetRound.findMany({
      where: { id: { in: [...new Set(rows.map((row) => row.roundId))] }, closedAt: { not: null } },
      select: { id: true },
    });
    const closedIds = new Set(closed.map((round) => round.id));
    return { items: rows.map((row) => this.view(row, user, closedIds.has(row.roundId))), page: query.page, pageSize: query.pageSize, total };
  }

  async history(user: AuthenticatedUser, id: string): Promise<HistoryEntryView[]> {
    await this.findReadable(user, id);
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
    }));
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
    newContent?: (proposal: Proposal) => Promise<ProposalContent>,
  ): Promise<ProposalView> {
    const known = await this.find(id);
    // Validated before the transaction: it needs no lock, and a bad draft should not hold one.
    const content = newContent ? await newContent(known) : undefined;
    const updated = await this.db.$transaction(async (tx) => {
      const closed = await lockRound(tx, known.roundId);
      const proposal = await lockProposal(tx, id);
      const decision = applyAction({ state: proposal.state as ProposalState, committee: proposal.committee, roundClosed: closed }, action, user.actor);
      if (!decision.ok) throw refusalProblem(decision);
      checkVersion(proposal.version, expectedVersion, 'ændringen');
      const changesState = action !== 'edit';
      const row = await tx.proposal.update({
        where: { id },
        data: {
          state: decision.to,
          version: { increment: 1 },
          eventCount: { increment: 1 },
          ...(changesState ? { stateSequence: { increment: 1 } } : {}),
          ...(content ? { content: content as object } : {}),
          ...(action === 'submit' ? { submittedAt: new Date(), submittedBy: user.id } : {}),
        },
      });
      await recordProposalChange(tx, row, eventActor(user), action, proposal.state, null, cause(request));
      return row;
    });
    this.relay.nudge();
    return this.view(updated, user, false);
  }

  // After the workflow decided, the committee sees the proposal as intake shows it once it has followed.
  private async viewOnceFollowed(user: AuthenticatedUser, id: string, stateSequence: number): Promise<ProposalView> {
    const deadline = Date.now() + HANDOVER_WAIT_MS;
    for (;;) {
      const proposal = await this.find(id);
      if (proposal.stateSequence >= stateSequence || Date.now() > deadline) return this.view(proposal, user, await this.isClosed(proposal.roundId));
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
    const row = await this.db.budgetRound.findUnique({ where: { id: roundId } });
    if (!row) throw ProblemException.notFound(`Budgetrunden ${roundId}`, 'round.not_found');
    const round = parseBudgetRound(row.definition, `budget_round ${row.id}.definition`);
    this.rounds.set(roundId, round);
    return round;
  }

  private async isClosed(roundId: string): Promise<boolean> {
    const round = await this.db.budgetRound.findUnique({ where: { id: roundId }, select: { closedAt: true } });
    return Boolean(round?.closedAt);
  }

  private async find(id: string): Promise<Proposal> {
    const row = await this.db.proposal.findUnique({ where: { id } });
    if (!row) throw proposalNotFound(id);
    return row;
  }

  // A draft another committee may not see does not exist for it: the same 404 as an unknown id.
  private async findReadable(user: AuthenticatedUser, id: string): Promise<Proposal> {
    const row = await this.find(id);
    if (!mayReadProposal(user.actor, { committee: row.committee, everSubmitted: row.submittedAt !== null })) {
      throw proposalNotFound(id);
    }
    return row;
  }

  // The next free number of the committee in the round: B26-SU-01, B26-SU-02, ...
  private async nextReference(tx: Tx, roundId: string, round: BudgetRound, committee: string): Promise<string> {
    const rows = await tx.proposal.findMany({ where: { roundId, committee }, select: { reference: true } });
    const used = rows.map((row) => parseProposalReference(row.reference)?.sequence ?? 0);
    return formatProposalReference(round.budgetYear, committee, Math.max(0, ...used) + 1);
  }

  private view(row: Proposal, user: AuthenticatedUser, roundIsClosed: boolean): ProposalView {
    const content = parseProposalContent(row.content, `proposal ${row.id}.content`);
    const state = parseProposalState(row.state, `proposal ${row.id}.state`);
    // Where FU or RR changed the amounts, the committee sees the decided table beside what it submitted.
    const inForce = decisionInForce(parseFollowedDecisions(row.decisions, row.id));
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

/** The proposals this caller may read (the domain's visibility rule as a query). */
function readableBy(user: AuthenticatedUser): Prisma.ProposalWhereInput {
  const drafts = readableDraftsOf(user.actor);
  if (drafts && 'all' in drafts) return {};
  const submitted: Prisma.ProposalWhereInput = { submittedAt: { not: null } };
  return drafts ? { OR: [submitted, { committee: drafts.committee }] } : submitted;
}

function eventActor(user: AuthenticatedUser) {
  const { actor } = user;
  return { id: user.id, role: actor.role, committee: actor.role === 'committee_secretariat' ? actor.committee : undefined };
}

function cause(request: RequestContext): ChangeCause {
  return { correlationId: request.correlationId, causationId: request.requestId };
}

function roundClosed(round: BudgetRound): ProblemException {
  return ProblemException.conflict(
    'workflow.round_closed',
    `${round.name} er afsluttet med budgetaftalen; der kan ikke skrives flere forslag i runden.`,
    'Ikke muligt nu',
  );
}

function handoverTimeout(): ProblemException {
  return new ProblemException({
    status: 503,
    code: 'proposal.handover_pending',
    title: 'Prøv igen om lidt',
    detail: 'Forslaget er på vej mellem forslagsmodtagelsen og godkendelsesforløbet; intet er ændret. Prøv igen om lidt.',
  });
}
