import { AgreementAdoptedV1, WorkflowEvent } from '@budgetflow/contracts';
import { Actor, ValidationIssue, applyAction, closingStep, holderOf, isIsoDate, joinDanish, mayReadProposal, quote } from '@budgetflow/domain';
import { OutboxRelay, newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput, isUniqueViolation, refusalProblem } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { appendAgendaItem, lockMeeting, meetingRef, recordDecision } from '../meetings/meeting-lock';
import { toDbDate } from '../store/iso-dates';
import { subjectOf } from '../store/proposal-locks';
import { eventContext, recordChange } from '../actions/record-change';
import { requirePermission } from '../actions/refusal';
import { StoredMeeting } from '../store/stored-meeting';
import { StoredProposal } from '../store/stored-proposal';
import { WorkflowStore, WorkflowTransaction } from '../store/workflow-transaction';
import { BudgetAgreementDto } from './budget-agreement.dto';

/**
 * The budget agreement, adopted by Regionsrådet as one act that closes the round, in one transaction: every
 * listed proposal is adopted (an agenda item and a decision each, at the RR meeting), every other proposal the
 * workflow holds is settled by the domain's closing rule (FU approved → not adopted by RR; still in progress →
 * lapsed), each with its reason on record. Proposals the committees hold (drafts, returned) are intake's to
 * settle when it sees the agreement. When the rules refuse any listed proposal, nothing is recorded.
 */
@Injectable()
export class BudgetAgreementService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the agreement; returns its id. */
  async adopt(user: AuthenticatedUser, meetingId: string, dto: BudgetAgreementDto, request: RequestContext): Promise<string> {
    const parties = dto.parties.map((party) => party.trim());
    this.validate(dto, parties);
    const exists = ProblemException.conflict('agreement.exists', 'Budgetrunden har allerede en budgetaftale; den kan ikke vedtages igen.');
    const id = await this.store
      .transaction(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (meeting.body !== 'RR')
          throw ProblemException.conflict('agreement.not_rr_meeting', 'Budgetaftalen vedtages af Regionsrådet; mødet er et møde i Forretningsudvalget.');
        await tx.lockRoundForClosing(meeting.roundId);
        if (await tx.agreementOf(meeting.roundId)) throw exists;
        const inRound = await tx.lockProposalsOf(meeting.roundId);
        const listed = await this.listed(tx, inRound, dto.proposalIds, user.actor);
        for (const proposal of listed) {
          requirePermission(subjectOf(proposal), 'rr_adopt', user.actor, `Forslaget ${proposal.reference}`);
          const result = applyAction(subjectOf(proposal), 'rr_adopt', user.actor);
          if (!result.ok) throw refusalProblem(result, `Forslaget ${proposal.reference}`);
        }
        const text = dto.text?.trim() || `Vedtaget med budgetaftalen af ${dto.date} mellem ${joinDanish(parties)}.`;
        const agreement = { id: randomUUID(), roundId: meeting.roundId, meetingId: meeting.id, parties, date: toDbDate(dto.date), text, createdBy: user.id };
        await tx.insertAgreement(agreement);
        const adopted = new Set(listed.map((proposal) => proposal.id));
        for (const proposal of listed) await this.decideAtRr(tx, user, meeting, proposal, 'adopted', text, request, agreement.id);
        for (const proposal of inRound.filter((candidate) => !adopted.has(candidate.id))) await this.settle(tx, user, meeting, proposal, agreement.id, request);
        await this.announce(tx, user, meeting, agreement.id, parties, dto.date, listed, request);
        return agreement.id;
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? exists : error;
      });
    this.relay.nudge();
    return id;
  }

  private validate(dto: BudgetAgreementDto, parties: string[]): void {
    const issues: ValidationIssue[] = [];
    parties.forEach((party, index) => {
      if (!party) issues.push({ code: 'agreement.party_empty', path: `parties[${index}]`, message: `Part nr. ${index + 1} skal have et navn.` });
    });
    if (!isIsoDate(dto.date))
      issues.push({ code: 'agreement.date_invalid', path: 'date', message: `Aftalens dato ${quote(dto.date)} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` });
    dto.proposalIds.forEach((id, index) => {
      if (dto.proposalIds.indexOf(id) !== index)
        issues.push({ code: 'agreement.duplicate_proposal', path: `proposalIds[${index}]`, message: 'Forslaget står flere gange i aftalen.' });
    });
    if (issues.length > 0) throw invalidInput(issues);
  }

  // The agreement's proposals, in its order; each must be a proposal of the round. A draft the actor may not read is
  // answered as an unknown id, wherever it is.
  private async listed(tx: WorkflowTransaction, inRound: StoredProposal[], ids: readonly string[], actor: Actor): Promise<StoredProposal[]> {
    const byId = new Map(inRound.filter((proposal) => mayReadProposal(actor, proposal)).map((proposal) => [proposal.id, proposal]));
    const issues: ValidationIssue[] = [];
    for (const [index, id] of ids.entries()) {
      if (byId.has(id)) continue;
      const elsewhere = await tx.knownProposal(id);
      if (!elsewhere || !mayReadProposal(actor, elsewhere))
        issues.push({ code: 'agreement.unknown_proposal', path: `proposalIds[${index}]`, message: `Forslaget ${id} findes ikke i godkendelsesforløbet.` });
      else
        issues.push({
          code: 'agreement.other_round',
          path: `proposalIds[${index}]`,
          message: `Forslaget ${elsewhere.reference} hører til en anden budgetrunde end mødet.`,
        });
    }
    if (issues.length > 0) throw invalidInput(issues);
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  // A proposal the agreement leaves out: settled by the domain's closing rule if the workflow holds it.
  private async settle(
    tx: WorkflowTransaction,
    user: AuthenticatedUser,
    meeting: StoredMeeting,
    proposal: StoredProposal,
    agreementId: string,
    request: RequestContext,
  ) {
    const { state } = proposal;
    if (holderOf(state) !== 'administration') return;
    const step = closingStep(state, false);
    if (!step) return;
    if (step.action === 'rr_not_adopt') {
      await this.decideAtRr(tx, user, meeting, proposal, 'not_adopted', step.reason, request, agreementId);
      return;
    }
    await recordChange(tx, proposal, { action: step.action, to: step.to, reason: step.reason }, user, request);
  }

  // RR's decision on one proposal as part of the agreement: an agenda item at the RR meeting and the decision.
  private async decideAtRr(
    tx: WorkflowTransaction,
    user: AuthenticatedUser,
    meeting: StoredMeeting,
    proposal: StoredProposal,
    outcome: 'adopted' | 'not_adopted',
    text: string,
    request: RequestContext,
    agreementId: string | null,
  ) {
    const listed = await tx.agendaItemOf(meeting.id, proposal.id);
    const item = listed ?? (await appendAgendaItem(tx, meeting, proposal.id, proposal.reference, user.id));
    await recordDecision(tx, meeting, item, proposal, { outcome, text, agreementId }, user);
    await recordChange(
      tx,
      proposal,
      {
        action: outcome === 'adopted' ? 'rr_adopt' : 'rr_not_adopt',
        to: outcome,
        meeting: meetingRef(meeting, item),
        outcome,
        decisionText: text,
      },
      user,
      request,
    );
  }

  // agreement.adopted.v1, with the round as aggregate and the round's own sequence.
  private async announce(
    tx: WorkflowTransaction,
    user: AuthenticatedUser,
    meeting: StoredMeeting,
    agreementId: string,
    parties: string[],
    date: string,
    proposals: StoredProposal[],
    request: RequestContext,
  ) {
    const sequence = await tx.countRoundEvent(meeting.roundId);
    const payload: AgreementAdoptedV1 = { agreementId, roundId: meeting.roundId, parties, date, proposalIds: proposals.map((proposal) => proposal.id) };
    await tx.publish(newEvent(WorkflowEvent.AgreementAdopted, { id: meeting.roundId, sequence }, payload, eventContext(user, request)));
  }
}
