import { parseBudgetRound } from '@budgetflow/contracts';
import { WorkflowEventType } from '@budgetflow/contracts';
import { DECISION_OUTCOMES, DecisionBody, DecisionOutcome, applyAction, decisionAction, validateDecision } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput, refusalProblem } from '@budgetflow/platform';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { lockKnownProposal, originalTableOf, subjectOf } from '../shared/proposal-lock';
import { recordChange } from '../shared/record-change';
import { requirePermission } from '../shared/refusal';
import { checkVersion } from '../shared/versions';
import { DecisionDto } from './decision.dto';
import { meetingRef } from './meeting-lock';

/**
 * FU's or RR's decision on one agenda item: who may decide and in which state is the rules' call, the decision
 * itself (outcome, text, amended table typed as Danish amounts) is validated by the domain, and the original
 * table stays on record beside an amended one.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly db: WorkflowDatabase,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the decision; returns the proposal's id. */
  async decide(user: AuthenticatedUser, meetingId: string, number: number, dto: DecisionDto, expectedVersion: number | undefined, request: RequestContext): Promise<string> {
    const proposalId = await this.db.$transaction(async (tx) => {
      const item = await tx.agendaItem.findUnique({ where: { meetingId_number: { meetingId, number } }, include: { meeting: true, decision: true } });
      if (!item) throw ProblemException.notFound(`Punkt ${number} på mødet ${meetingId}`, 'agenda.item_not_found');
      const { meeting } = item;
      const body = meeting.body as DecisionBody;
      const round = await tx.budgetRound.findUniqueOrThrow({ where: { id: meeting.roundId } });
      const validated = validateDecision(
        { body, outcome: dto.outcome, meetingDate: meetingRef(meeting, item).date, agendaItem: `Punkt ${number}`, text: dto.text, amendedTable: dto.amendedTable ?? null },
        parseBudgetRound(round.definition, `budget_round ${round.id}.definition`),
      );
      // Without a known outcome there is no action for the rules to judge.
      if (!DECISION_OUTCOMES[body].includes(dto.outcome as DecisionOutcome) && !validated.ok) throw invalidInput(validated.issues);
      const action = decisionAction({ outcome: dto.outcome as DecisionOutcome });
      const { proposal, roundClosed } = await lockKnownProposal(tx, item.proposalId);
      const subject = subjectOf(proposal, roundClosed);
      requirePermission(subject, action, user.actor);
      if (item.decision) throw ProblemException.conflict('agenda.already_decided', `Punkt ${number} på mødet er allerede afgjort (${item.decision.outcome}); en beslutning kan ikke ændres.`);
      checkVersion(proposal.version, expectedVersion);
      if (!validated.ok) throw invalidInput(validated.issues);
      const decision = validated.value;
      const result = applyAction(subject, action, user.actor, { amendedTable: decision.amendedTable });
      if (!result.ok) throw refusalProblem(result);
      const originalTable = originalTableOf(proposal);
      await tx.decision.create({
        data: {
          id: randomUUID(),
          agendaItemId: item.id,
          proposalId: proposal.id,
          roundId: meeting.roundId,
          body,
          outcome: decision.outcome,
          meetingDate: meeting.date,
          text: decision.text,
          originalTable: originalTable as object,
          amendedTable: decision.amendedTable ? (decision.amendedTable as object) : undefined,
          decidedBy: user.id,
          decidedByRole: user.actor.role,
        },
      });
      await recordChange(
        tx,
        proposal,
        {
          action,
          to: result.to,
          eventType: body === 'FU' ? WorkflowEventType.ProposalDecidedByFu : WorkflowEventType.ProposalDecidedByRr,
          meeting: meetingRef(meeting, item),
          outcome: decision.outcome,
          decisionText: decision.text,
          originalTable,
          decidedTable: decision.amendedTable,
        },
        user,
        request,
      );
      return proposal.id;
    });
    this.relay.nudge();
    return proposalId;
  }
}
