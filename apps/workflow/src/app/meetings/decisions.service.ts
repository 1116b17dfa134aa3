import { parseBudgetRound } from '@budgetflow/contracts';
import { DECISION_OUTCOMES, Decision, DecisionOutcome, decisionAction, validateDecision } from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput } from '@budgetflow/platform';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { Injectable } from '@nestjs/common';
import { ActionStep, performAction } from '../actions/perform-action';
import { lockKnownProposal } from '../store/proposal-locks';
import { DecisionDto } from './decision.dto';
import { readMeeting } from '../store/stored-meeting';
import { meetingRef, recordDecision } from './meeting-lock';

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
  async decide(
    user: AuthenticatedUser,
    meetingId: string,
    number: number,
    dto: DecisionDto,
    expectedVersion: number | undefined,
    request: RequestContext,
  ): Promise<string> {
    const proposalId = await this.db.$transaction(async (tx) => {
      const item = await tx.agendaItem.findUnique({ where: { meetingId_number: { meetingId, number } }, include: { meeting: true, decision: true } });
      if (!item) throw ProblemException.notFound(`Punkt ${number} på mødet ${meetingId}`, 'agenda.item_not_found');
      const meeting = readMeeting(item.meeting);
      const { body } = meeting;
      const round = await tx.budgetRound.findUniqueOrThrow({ where: { id: meeting.roundId } });
      const validated = validateDecision(
        {
          body,
          outcome: dto.outcome,
          meetingDate: meetingRef(meeting, item).date,
          agendaItem: `Punkt ${number}`,
          text: dto.text,
          amendedTable: dto.amendedTable ?? null,
        },
        parseBudgetRound(round.definition, `budget_round ${round.id}.definition`),
      );
      // Without a known outcome there is no action for the rules to judge.
      if (!DECISION_OUTCOMES[body].includes(dto.outcome as DecisionOutcome) && !validated.ok) throw invalidInput(validated.issues);
      const action = decisionAction({ outcome: dto.outcome as DecisionOutcome });
      const locked = await lockKnownProposal(tx, item.proposalId);
      const { proposal } = locked;
      // Checked by the one action path once the version is current: an invalid decision is refused then.
      const decided = (): Decision => {
        if (!validated.ok) throw invalidInput(validated.issues);
        return validated.value;
      };
      const effects = async () => {
        const { outcome, text, amendedTable } = decided();
        const originalTable = await recordDecision(tx, meeting, item, proposal, { outcome, text, amendedTable }, user);
        return { meeting: meetingRef(meeting, item), outcome, decisionText: text, originalTable, decidedTable: amendedTable };
      };
      const step: ActionStep = {
        action,
        expectedVersion,
        precondition: () => {
          if (item.decision)
            throw ProblemException.conflict(
              'agenda.already_decided',
              `Punkt ${number} på mødet er allerede afgjort (${item.decision.outcome}); en beslutning kan ikke ændres.`,
            );
        },
        details: () => ({ amendedTable: decided().amendedTable }),
        effects,
      };
      await performAction(tx, locked, step, user, request);
      return proposal.id;
    });
    this.relay.nudge();
    return proposalId;
  }
}
