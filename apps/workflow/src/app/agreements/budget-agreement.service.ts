import { AgreementAdoptedV1, Topic, WorkflowEventType } from '@budgetflow/contracts';
import { ValidationIssue, applyAction, isIsoDate } from '@budgetflow/domain';
import { OutboxRelay, appendToOutbox, newEnvelope } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput, isUniqueViolation } from '@budgetflow/platform';
import { Meeting, Proposal, WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { appendAgendaItem, lockMeeting, meetingRef } from '../meetings/meeting-lock';
import { toDbDate } from '../shared/iso-dates';
import { Tx, lockProposal, originalTableOf, subjectOf } from '../shared/proposal-lock';
import { recordChange } from '../shared/record-change';
import { refusalProblem, requirePermission } from '../shared/refusal';
import { BudgetAgreementDto } from './budget-agreement.dto';

/**
 * The budget agreement, adopted by Regionsrådet as one act: every listed proposal is adopted (an agenda item and
 * a decision each, at the RR meeting) in one transaction, or none is, when the rules refuse any of them.
 */
@Injectable()
export class BudgetAgreementService {
  constructor(
    private readonly db: WorkflowDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the agreement; returns its id. */
  async adopt(user: AuthenticatedUser, meetingId: string, dto: BudgetAgreementDto, request: RequestContext): Promise<string> {
    const parties = dto.parties.map((party) => party.trim());
    this.validate(dto, parties);
    const exists = ProblemException.conflict('agreement.exists', 'Budgetrunden har allerede en budgetaftale; den kan ikke vedtages igen.');
    const id = await this.db
      .$transaction(async (tx) => {
        const meeting = await lockMeeting(tx, meetingId);
        if (meeting.body !== 'RR') throw ProblemException.conflict('agreement.not_rr_meeting', 'Budgetaftalen vedtages af Regionsrådet; mødet er et møde i Forretningsudvalget.');
        if (await tx.budgetAgreement.findUnique({ where: { roundId: meeting.roundId } })) throw exists;
        const proposals = await this.lockAll(tx, meeting, dto.proposalIds);
        for (const proposal of proposals) {
          requirePermission(subjectOf(proposal), 'rr_adopt', user.actor, `Forslaget ${proposal.reference}`);
          const result = applyAction(subjectOf(proposal), 'rr_adopt', user.actor);
          if (!result.ok) throw refusalProblem(result, `Forslaget ${proposal.reference}`);
        }
        const text = dto.text?.trim() || `Vedtaget med budgetaftalen af ${dto.date} mellem ${joinDanish(parties)}.`;
        const agreement = await tx.budgetAgreement.create({
          data: { id: randomUUID(), roundId: meeting.roundId, meetingId: meeting.id, parties, date: toDbDate(dto.date), text, createdBy: user.id },
        });
        for (const proposal of proposals) await this.adoptOne(tx, user, meeting, proposal, agreement.id, text, request);
        await this.announce(tx, user, meeting, agreement.id, parties, dto.date, proposals, request);
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
    if (!isIsoDate(dto.date)) issues.push({ code: 'agreement.date_invalid', path: 'date', message: `Aftalens dato «${dto.date}» skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` });
    dto.proposalIds.forEach((id, index) => {
      if (dto.proposalIds.indexOf(id) !== index) issues.push({ code: 'agreement.duplicate_proposal', path: `proposalIds[${index}]`, message: 'Forslaget står flere gange i aftalen.' });
    });
    if (issues.length > 0) throw invalidInput(issues);
  }

  // Locks in id order (no deadlock with another act), answers in the agreement's order.
  private async lockAll(tx: Tx, meeting: Meeting, ids: readonly string[]): Promise<Proposal[]> {
    const locked = new Map<string, Proposal | null>();
    for (const id of [...ids].sort()) locked.set(id, await lockProposal(tx, id));
    const issues: ValidationIssue[] = [];
    ids.forEach((id, index) => {
      const proposal = locked.get(id);
      if (!proposal) issues.push({ code: 'agreement.unknown_proposal', path: `proposalIds[${index}]`, message: `Forslaget ${id} findes ikke i godkendelsesforløbet.` });
      else if (proposal.roundId !== meeting.roundId) {
        issues.push({ code: 'agreement.other_round', path: `proposalIds[${index}]`, message: `Forslaget ${proposal.reference} hører til en anden budgetrunde end mødet.` });
      }
    });
    if (issues.length > 0) throw invalidInput(issues);
    return ids.map((id) => locked.get(id) as Proposal);
  }

  private async adoptOne(tx: Tx, user: AuthenticatedUser, meeting: Meeting, proposal: Proposal, agreementId: string, text: string, request: RequestContext) {
    const listed = await tx.agendaItem.findUnique({ where: { meetingId_proposalId: { meetingId: meeting.id, proposalId: proposal.id } } });
    const item = listed ?? (await appendAgendaItem(tx, meeting, proposal.id, proposal.reference, user.id));
    const originalTable = originalTableOf(proposal);
    await tx.decision.create({
      data: {
        id: randomUUID(),
        agendaItemId: item.id,
        proposalId: proposal.id,
        roundId: meeting.roundId,
        body: 'RR',
        outcome: 'adopted',
        meetingDate: meeting.date,
        text,
        originalTable: originalTable as object,
        agreementId,
        decidedBy: user.id,
        decidedByRole: user.actor.role,
      },
    });
    await recordChange(
      tx,
      proposal,
      { action: 'rr_adopt', to: 'adopted', eventType: WorkflowEventType.ProposalDecidedByRr, meeting: meetingRef(meeting, item), outcome: 'adopted', decisionText: text },
      user,
      request,
    );
  }

  // agreement.adopted.v1, with the round as aggregate and the round's own sequence.
  private async announce(tx: Tx, user: AuthenticatedUser, meeting: Meeting, agreementId: string, parties: string[], date: string, proposals: Proposal[], request: RequestContext) {
    const round = await tx.budgetRound.update({ where: { id: meeting.roundId }, data: { eventCount: { increment: 1 } } });
    const payload: AgreementAdoptedV1 = { agreementId, roundId: round.id, parties, date, proposalIds: proposals.map((proposal) => proposal.id) };
    const envelope = newEnvelope({
      type: WorkflowEventType.AgreementAdopted,
      aggregateId: round.id,
      sequence: round.eventCount,
      actor: { id: user.id, role: user.actor.role },
      correlationId: request.correlationId,
      causationId: request.requestId,
      payload,
    });
    await appendToOutbox(tx, [{ topic: Topic.WorkflowEvents, envelope }]);
  }
}

/** "A", "A og B", "A, B og C". */
function joinDanish(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
