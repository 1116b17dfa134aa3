import { BudgetRound, ProposalContent, ProposalDraftInput, applyAction, holderOf, validateProposal } from '@budgetflow/domain';
import {
  AuthenticatedUser,
  ProblemException,
  RequestContext,
  actorOnRecord,
  checkVersion,
  invalidInput,
  isUniqueViolation,
  refusalProblem,
} from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { WorkflowClient } from '../workflow-client/workflow-client';
import { handoverDeadline, handoverTimeout, onceFollowed } from './handover';
import { ProposalDraftDto, UpdateProposalDto } from './proposal-draft.dto';
import { ProposalReadsService, readableBy } from './proposal-reads.service';
import { ChangeCause } from './proposal-transaction';
import { toProposalView } from './proposal-view';
import { ProposalRepository } from './proposal.repository';
import { ProposalView } from './proposal.view';
import { nextReference } from './reference-numbering';
import { StoredProposal } from './stored-proposal';

/** The committee's steps; intake decides them while the committee holds the proposal. */
type CommitteeStep = 'edit' | 'submit' | 'withdraw';

/** The committees' commands on their proposals: create, edit, submit and withdraw. */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly reads: ProposalReadsService,
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
    const round = await this.reads.round(roundId);
    const id = randomUUID();
    const duplicate = (reference: string) =>
      ProblemException.conflict('proposal.duplicate_reference', `Runden har allerede et forslag med referencen «${reference}».`);
    const created = await this.proposals
      .transaction(async (tx) => {
        if (await tx.lockRound(roundId)) throw roundClosed(round);
        const content = validate({ ...dto, reference: dto.reference ?? (await nextReference(tx, roundId, round, committee)), committee }, round);
        // The validated reference (trimmed), so " B26-SU-05 " is the same proposal as "B26-SU-05": taken is no row.
        const row = await tx.insertDraft({ id, roundId, content, createdBy: user.id });
        if (!row) throw duplicate(content.reference);
        await tx.record(actorOnRecord(user), [{ row, action: 'create', fromState: null, remark: null }], cause(request));
        return row;
      })
      .catch((error: unknown) => {
        // Two drafts created at the same moment can race for the same reference: the second one is told so.
        throw isUniqueViolation(error) ? duplicate(dto.reference ?? 'næste ledige') : error;
      });
    return toProposalView(created, user, false);
  }

  async update(user: AuthenticatedUser, id: string, dto: UpdateProposalDto, ifMatch: number | undefined, request: RequestContext): Promise<ProposalView> {
    const { version: _version, ...draft } = dto;
    return this.act(user, id, 'edit', ifMatch ?? dto.version, request, async (proposal) => {
      const round = await this.reads.round(proposal.roundId);
      // The reference and committee of an existing proposal do not change with an edit.
      return validate({ ...draft, reference: proposal.reference, committee: proposal.committee }, round);
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
    const deadline = handoverDeadline();
    for (;;) {
      const proposal = await this.reads.findReadable(user, id);
      if (holderOf(proposal.state) !== 'administration') return this.act(user, id, 'withdraw', version, request);
      checkVersion(proposal.version, version, 'ændringen');
      // The holder judges the committee too; a refusal comes back as the workflow's own problem.
      const answer = await this.workflow.withdraw(id, proposal.stateSequence, authorization, request, `intake-withdraw-${request.requestId}`);
      // After the workflow decided, the committee sees the proposal as intake shows it once it has followed.
      if (answer.kind === 'accepted') return this.reads.view(await onceFollowed(() => this.reads.find(id), answer.stateSequence), user);
      // In transit between the services: try again on what intake knows by then.
      if (deadline.passed()) throw handoverTimeout();
      await deadline.pause(100);
    }
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
    // A draft the caller may not read: the same 404 as a random id, whatever the act. An edit reads it first:
    // its content is validated before the transaction, as it needs no lock and a bad draft should not hold one.
    const known = newContent ? await this.reads.findReadable(user, id) : null;
    const content = known && newContent ? await newContent(known) : undefined;
    const updated = await this.proposals.transaction(async (tx) => {
      const closed = known ? await tx.lockRound(known.roundId) : await tx.lockRoundOf(id);
      const proposal = readableBy(user, id, closed === null ? null : await tx.lockIfKnown(id));
      const decision = applyAction({ state: proposal.state, committee: proposal.committee, roundClosed: closed === true }, action, user.actor);
      if (!decision.ok) throw refusalProblem(decision);
      checkVersion(proposal.version, expectedVersion, 'ændringen');
      const row = await tx.applyStep(id, {
        state: decision.to,
        changesState: action !== 'edit',
        content,
        submittedBy: action === 'submit' ? user.id : undefined,
      });
      await tx.record(actorOnRecord(user), [{ row, action, fromState: proposal.state, remark: null }], cause(request));
      return row;
    });
    return toProposalView(updated, user, false);
  }
}

function validate(input: ProposalDraftInput, round: BudgetRound): ProposalContent {
  const result = validateProposal(input, round);
  if (!result.ok) throw invalidInput(result.issues);
  return result.value;
}

function cause(request: RequestContext): ChangeCause {
  return { correlationId: request.correlationId, causationId: request.requestId };
}

function roundClosed(round: BudgetRound): ProblemException {
  return ProblemException.conflict('workflow.round_closed', `${round.name} er afsluttet med budgetaftalen; der kan ikke skrives flere forslag i runden.`);
}
