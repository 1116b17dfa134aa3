import { IntakeEventType, ProposalChangedV1, ProposalSnapshotV1, Topic } from '@budgetflow/contracts';
import {
  BudgetRound,
  PROPOSAL_STATE_LABELS,
  ProposalContent,
  ProposalDraftInput,
  ProposalState,
  WorkflowAction,
  allowedActions,
  applyAction,
  formatProposalReference,
  parseProposalReference,
  tableTotals,
  validateProposal,
} from '@budgetflow/domain';
import { IntakeDatabase, Prisma, Proposal } from '@budgetflow/intake/data-access';
import { OutboxRelay, appendToOutbox, newEnvelope } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, ProposalQueryDto, RequestContext, invalidInput, isRecordNotFound, isUniqueViolation } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ProposalDraftDto, UpdateProposalDto } from './proposal-draft.dto';
import { HistoryEntryView, ProposalPageView, ProposalView } from './proposal.view';

type Tx = Prisma.TransactionClient;

/** Which event each committee action publishes. */
const EVENT_OF: Partial<Record<WorkflowAction | 'create', string>> = {
  create: IntakeEventType.ProposalDrafted,
  edit: IntakeEventType.ProposalUpdated,
  submit: IntakeEventType.ProposalSubmitted,
  withdraw: IntakeEventType.ProposalWithdrawn,
};

@Injectable()
export class ProposalsService {
  // A round never changes once created (there is no update), so its definition is read once per process.
  private readonly rounds = new Map<string, BudgetRound>();

  constructor(
    private readonly db: IntakeDatabase,
    private readonly relay: OutboxRelay,
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
        const content = this.validate({ ...dto, reference: dto.reference ?? (await this.nextReference(tx, roundId, round, committee)), committee }, round);
        // The validated reference (trimmed), so " B26-SU-05 " is the same proposal as "B26-SU-05".
        const reference = content.reference;
        if (await tx.proposal.findUnique({ where: { roundId_reference: { roundId, reference } } })) throw duplicate(reference);
        const row = await tx.proposal.create({
          data: { id, roundId, reference, committee, state: 'draft', version: 1, content: content as object, createdBy: user.id, eventCount: 1 },
        });
        await this.record(tx, row, user, 'create', null, null, request);
        return row;
      })
      .catch((error: unknown) => {
        // Two drafts created at the same moment can race for the same reference: the second one is told so.
        throw isUniqueViolation(error) ? duplicate(dto.reference ?? 'næste ledige') : error;
      });
    this.relay.nudge();
    return this.view(created, user);
  }

  async update(user: AuthenticatedUser, id: string, dto: UpdateProposalDto, ifMatch: number | undefined, request: RequestContext): Promise<ProposalView> {
    return this.act(user, id, 'edit', ifMatch ?? dto.version, request, async (proposal) => {
      const round = await this.round(proposal.roundId);
      const { version: _version, ...draft } = dto;
      // The reference and committee of an existing proposal do not change with an edit.
      return this.validate({ ...draft, reference: proposal.reference, committee: proposal.committee }, round);
    });
  }

  submit(user: AuthenticatedUser, id: string, version: number | undefined, request: RequestContext): Promise<ProposalView> {
    return this.act(user, id, 'submit', version, request);
  }

  withdraw(user: AuthenticatedUser, id: string, version: number | undefined, request: RequestContext): Promise<ProposalView> {
    return this.act(user, id, 'withdraw', version, request);
  }

  async get(user: AuthenticatedUser, id: string): Promise<ProposalView> {
    return this.view(await this.find(id), user);
  }

  async list(user: AuthenticatedUser, query: ProposalQueryDto): Promise<ProposalPageView> {
    const where: Prisma.ProposalWhereInput = { roundId: query.roundId, committee: query.committee, state: query.state };
    const [rows, total] = await Promise.all([
      this.db.proposal.findMany({ where, orderBy: [{ reference: 'asc' }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      this.db.proposal.count({ where }),
    ]);
    return { items: rows.map((row) => this.view(row, user)), page: query.page, pageSize: query.pageSize, total };
  }

  async history(id: string): Promise<HistoryEntryView[]> {
    await this.find(id);
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
   * One committee action: the domain's workflow rules decide, the version guards against lost updates, and
   * the change, its history line and its event are committed together.
   */
  private async act(
    user: AuthenticatedUser,
    id: string,
    action: 'edit' | 'submit' | 'withdraw',
    expectedVersion: number | undefined,
    request: RequestContext,
    newContent?: (proposal: Proposal) => Promise<ProposalContent>,
  ): Promise<ProposalView> {
    const proposal = await this.find(id);
    const decision = applyAction({ state: proposal.state as ProposalState, committee: proposal.committee }, action, user.actor);
    if (!decision.ok) {
      const status = decision.code === 'workflow.invalid_transition' ? 409 : 403;
      throw new ProblemException({ status, code: decision.code, title: status === 409 ? 'Ikke muligt nu' : 'Ingen adgang', detail: decision.reason });
    }
    if (expectedVersion !== undefined && expectedVersion !== proposal.version) throw this.stale(proposal, expectedVersion);
    const content = newContent ? await newContent(proposal) : undefined;
    const updated = await this.db
      .$transaction(async (tx) => {
        // Only if nobody changed it meanwhile (optimistic version); one statement that also returns the row.
        const row = await tx.proposal.update({
          where: { id, version: proposal.version },
          data: {
            state: decision.to,
            version: { increment: 1 },
            eventCount: { increment: 1 },
            ...(content ? { content: content as object } : {}),
            ...(action === 'submit' ? { submittedAt: new Date(), submittedBy: user.id } : {}),
          },
        });
        await this.record(tx, row, user, action, proposal.state, null, request);
        return row;
      })
      .catch((error: unknown) => {
        throw isRecordNotFound(error) ? this.stale(proposal, proposal.version) : error;
      });
    this.relay.nudge();
    return this.view(updated, user);
  }

  /** Appends the history line and the event of a change, in the caller's transaction. */
  private async record(tx: Tx, row: Proposal, user: AuthenticatedUser, action: WorkflowAction | 'create', fromState: string | null, remark: string | null, request: RequestContext) {
    const { actor } = user;
    await tx.proposalHistory.create({
      data: {
        proposalId: row.id,
        actorId: user.id,
        actorRole: actor.role,
        actorCommittee: actor.role === 'committee_secretariat' ? actor.committee : null,
        action,
        fromState,
        toState: row.state,
        version: row.version,
        remark,
      },
    });
    const payload: ProposalChangedV1 = { proposal: snapshot(row) };
    await appendToOutbox(tx, [
      {
        topic: Topic.IntakeEvents,
        envelope: newEnvelope({
          type: EVENT_OF[action] ?? IntakeEventType.ProposalUpdated,
          aggregateId: row.id,
          sequence: row.eventCount,
          actor: { id: user.id, role: actor.role, committee: actor.role === 'committee_secretariat' ? actor.committee : undefined },
          correlationId: request.correlationId,
          causationId: request.requestId,
          payload,
        }),
      },
    ]);
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
    const round = row.definition as unknown as BudgetRound;
    this.rounds.set(roundId, round);
    return round;
  }

  private async find(id: string): Promise<Proposal> {
    const row = await this.db.proposal.findUnique({ where: { id } });
    if (!row) throw ProblemException.notFound(`Forslaget ${id}`, 'proposal.not_found');
    return row;
  }

  // The next free number of the committee in the round: B26-SU-01, B26-SU-02, ...
  private async nextReference(tx: Tx, roundId: string, round: BudgetRound, committee: string): Promise<string> {
    const rows = await tx.proposal.findMany({ where: { roundId, committee }, select: { reference: true } });
    const used = rows.map((row) => parseProposalReference(row.reference)?.sequence ?? 0);
    return formatProposalReference(round.budgetYear, committee, Math.max(0, ...used) + 1);
  }

  private stale(proposal: Proposal, expected: number): ProblemException {
    return ProblemException.conflict(
      'proposal.version_conflict',
      `Forslaget er ændret siden version ${expected}; den aktuelle version er ${proposal.version}. Hent forslaget igen og gentag ændringen.`,
      'Forældet version',
    );
  }

  private view(row: Proposal, user: AuthenticatedUser): ProposalView {
    const content = row.content as unknown as ProposalContent;
    return {
      id: row.id,
      roundId: row.roundId,
      reference: row.reference,
      committee: row.committee,
      state: row.state,
      stateLabel: PROPOSAL_STATE_LABELS[row.state as ProposalState],
      version: row.version,
      content,
      totals: tableTotals(content.table),
      remark: row.remark,
      allowedActions: allowedActions(row.state as ProposalState, row.committee, user.actor),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      submittedBy: row.submittedBy,
    };
  }
}

/** The proposal as events carry it. */
export function snapshot(row: Proposal): ProposalSnapshotV1 {
  return {
    proposalId: row.id,
    roundId: row.roundId,
    reference: row.reference,
    committee: row.committee,
    state: row.state as ProposalState,
    version: row.version,
    content: row.content as unknown as ProposalContent,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
  };
}
